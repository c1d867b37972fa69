namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Business pages write English job titles before the company (<c>Vice President Corporate Communication Pertamina</c>,
/// <c>Head of Research Mirae Asset Sekuritas</c>, <c>Corporate Secretary Bank Mandiri</c>), and the tagger reads the
/// title into the organization. A leading run of title words (<c>office-words-en.txt</c>) that names an office is left
/// out, as titles are (ANNOTATION.md); the company after it stays the ORGANIZATION.
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
}
