namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Adds the gazetteer's names (longest match, capitalized) that the tagger missed; a tagged place made only of
/// gazetteer names (<c>Rusia-RDRK</c>) is split into them, but a longer tagged name keeps a name inside it.
/// </summary>
internal sealed class GazetteerNamePass(Gazetteer gazetteer) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.NameTokens;
        for (var i = 0; i < tokens.Count;)
        {
            GazetteerEntry entry = null!;
            var len = char.IsUpper(tokens[i][0]) ? gazetteer.Match(tokens, i, out entry) : 0;
            if (len == 0)
            {
                i++;
                continue;
            }

            sentence.Merge(new Mention(i, i + len, entry.Type, entry), authoritative: false);
            i += len;
        }
    }
}
