namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Indonesian universities are named by a generic name, its acronym in brackets and then the campus's own name, which
/// ends in its city: <c>Universitas Islam Negeri (UIN) Syarif Hidayatullah Jakarta</c>, <c>Universitas Pembangunan
/// Nasional (UPN) Veteran Jakarta</c>. The name goes on after the bracket, so the whole is one ORGANIZATION (the
/// longest name; the acronym alone would hold the bracket), not a person (<c>Syarif</c>) or a place
/// (<c>Veteran Jakarta</c>). A city alone after the bracket (<c>Universitas Gadjah Mada (UGM) Yogyakarta</c>)
/// stays a place, and a name that ends in no city (a person's, <c>(UI) Hikmahanto Juwana</c>) stays what it is.
/// </summary>
internal sealed class CampusNamePass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    private const int MaxCampusWords = 6;

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var name = sentence.Mentions[i];
            var close = name.End + 2;
            if (name.Type != EntityType.Organization || !words.IsCampusHead(tokens[name.First]) || close + 2 >= tokens.Count ||
                tokens[name.End] != "(" || tokens[close] != ")" || !NameShape.IsAcronym(tokens[name.End + 1]))
            {
                continue;
            }

            var end = NameShape.CapitalizedRun(tokens, close + 1);
            if (end - close - 1 is < 2 or > MaxCampusWords || !EndsInCity(tokens, close + 1, end))
            {
                continue;
            }

            // One name over the bracket: the acronym inside it is no mention of its own, and a later `UIN` that links to
            // this mention names the whole campus.
            name.End = end;
            name.Entry = null;
            sentence.RemoveOverlapping(name, keep: name);
            i = sentence.Mentions.IndexOf(name);
        }
    }

    // The run's last words are a place the gazetteer knows, after at least one word of the campus's own name.
    private bool EndsInCity(SentenceWords tokens, int first, int end)
    {
        for (var k = first + 1; k < end; k++)
        {
            if (gazetteer.Match(tokens, k, out var place) == end - k && place.Type == EntityType.Gpe)
            {
                return true;
            }
        }

        return false;
    }
}
