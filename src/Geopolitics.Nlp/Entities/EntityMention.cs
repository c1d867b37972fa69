using System.Text.Json.Serialization;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Entities;

/// <summary>One mention of a named entity in the text.</summary>
/// <param name="Start">UTF-16 index of the mention's first character.</param>
/// <param name="End">UTF-16 index one past its last character.</param>
/// <param name="Text">The mention as written.</param>
/// <param name="Type">The entity's type.</param>
/// <param name="Canonical">The name of the entity the mention refers to within the article (<c>Lavrov</c> → <c>Sergey Lavrov</c>).</param>
/// <param name="Id">A stable identifier (a Wikidata QID such as <c>Q7747</c>) when the gazetteer knows one for certain.</param>
public sealed record EntityMention(int Start, int End, string Text, EntityType Type, string Canonical, string? Id)
{
    /// <summary>The mention's offsets.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, End);
}
