namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Business pages write English job titles before the company (<c>Vice President Corporate Communication Pertamina</c>,
/// <c>Head of Research Mirae Asset Sekuritas</c>, <c>Corporate Secretary Bank Mandiri</c>), and the tagger reads the
/// title into the organization. A leading run of title words (<c>office-words-en.txt</c>) that names an office is left
/// out, as titles are (ANNOTATION.md); the company after it stays the ORGANIZATION. So are the words of an Indonesian
/// title read into a known organization (<c>Juru Kampanye Hutan Greenpeace Indonesia</c>).
/// </summary>
internal sealed class OfficeTitlePass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence) => Run(sentence, caseless: false);

    public override void Run(SentenceMentions sentence, bool caseless)
    {
        if (caseless)
        {
            return; // a caseless text's words say nothing of where a title ends and a name begins
        }

        var tokens = sentence.NameTokens;
        foreach (var m in sentence.Mentions)
        {
            if (m.Type != EntityType.Organization || m.Entry is not null || m.Length < 2)
            {
                continue;
            }

            if (KnownAfterTitleWords(tokens, m) is var known and > 0)
            {
                m.First = known;
                gazetteer.Match(tokens, known, out var organization);
                m.Entry = organization;
                continue;
            }

            var first = m.First;
            var office = false;
            while (first < m.End - 1 && words.IsOfficeWord(tokens[first]) && (char.IsUpper(tokens[first][0]) || tokens[first] == "of"))
            {
                office |= words.IsOfficeHead(tokens[first]);
                first++;
            }

            if (!office || first == m.First || !char.IsUpper(tokens[first][0]))
            {
                continue;
            }

            m.First = first;
            if (gazetteer.Match(tokens, first, out var entry) == m.End - first && entry.Type == EntityType.Organization)
            {
                m.Entry = entry;
            }
        }
    }

    // `Juru | Kampanye Hutan | Greenpeace Indonesia`, `Direktur | Eksekutif | Amnesty International Indonesia`: after a
    // title, the tagger may read the rest of the title into a known organization's name. Where the mention ends in the
    // known name and the words before it open no organization of their own (`Komisi`, `Badan`, an acronym), the known
    // name is the mention; its first token, or 0.
    private int KnownAfterTitleWords(SentenceWords tokens, Mention m)
    {
        if (m.First == 0 || !words.IsTitle(tokens[m.First - 1]) || m.Length < 3)
        {
            return 0;
        }

        for (var k = m.First + 1; k < m.End; k++)
        {
            var before = tokens[k - 1];
            if (words.IsOrganizationHead(before) || words.IsOrganizationSuffix(before) || NameShape.IsAcronym(before) || !char.IsUpper(before[0]))
            {
                return 0;
            }

            if (gazetteer.Match(tokens, k, out var entry) == m.End - k && entry.Type == EntityType.Organization)
            {
                return k;
            }
        }

        return 0;
    }
}
