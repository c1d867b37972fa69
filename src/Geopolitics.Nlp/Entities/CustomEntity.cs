namespace Geopolitics.Nlp.Entities;

/// <summary>
/// An entity a caller tracks that the embedded gazetteer may not know: its name, type, other names and Wikidata id.
/// Added through <see cref="ArticleAnalyzerOptions.CustomEntities"/> or <see cref="ArticleAnalyzerOptions.CustomEntitiesFile"/>,
/// it is tagged wherever one of its names appears and gets <see cref="Name"/> as its canonical name.
/// </summary>
public sealed class CustomEntity
{
    /// <summary>The canonical name every mention of the entity resolves to (e.g. <c>Forum Maritim Nusantara</c>).</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The entity's type.</summary>
    public EntityType Type { get; set; }

    /// <summary>
    /// Other names the entity goes by: acronyms, spellings, English names (e.g. <c>FMN</c>). Names of up to four
    /// capitals match only as written; other names match whatever their case and punctuation.
    /// </summary>
    public IList<string> Variants { get; } = new List<string>();

    /// <summary>A Wikidata item id (<c>Q</c> and digits), reported as <see cref="EntityMention.Id"/>; optional.</summary>
    public string? WikidataId { get; set; }

    /// <summary>The entity's names as gazetteer rows: its name and every variant, each resolving to the name.</summary>
    internal IEnumerable<(string Surface, GazetteerEntry Entry)> GazetteerNames()
    {
        var entry = new GazetteerEntry(Name.Trim(), Type, string.IsNullOrWhiteSpace(WikidataId) ? null : WikidataId.Trim(), null);
        yield return (entry.Canonical, entry);
        foreach (var variant in Variants)
        {
            if (!string.IsNullOrWhiteSpace(variant))
            {
                yield return (variant.Trim(), entry);
            }
        }
    }
}
