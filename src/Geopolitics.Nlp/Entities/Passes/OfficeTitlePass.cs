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
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            // An event's name may hold a title (`Retret Menteri Luar Negeri ASEAN`): only other names lose one.
            if (m.Entry is not null || m.Length < 2 || m.Type == EntityType.Event)
            {
                continue;
            }

            if (KnownAfterTitleWords(tokens, m, out var organizationEnd) is var known and > 0)
            {
                SplitAtOrganization(sentence, m, known, organizationEnd);
                continue;
            }

            if (m.Type != EntityType.Organization)
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

    // `Juru | Kampanye Hutan | Greenpeace Indonesia`, `Direktur | Eksekutif | Amnesty International Indonesia`,
    // `Juru Kampanye | Iklim dan Energi | Greenpeace Indonesia`, `Direktur | Afrika | Kemlu`, `Peneliti Senior | Energi |
    // IESR Deon Arinaldo`: after a title, the tagger may read the rest of the title (a portfolio) into the name after
    // it, as any type. Where the mention holds a known organization or an unknown acronym and the words before it open
    // no organization of their own (`Komisi`, `Badan`, an acronym), that organization is the mention, and capitalized
    // words after it a person; its first token, or 0.
    private int KnownAfterTitleWords(SentenceWords tokens, Mention m, out int organizationEnd)
    {
        organizationEnd = 0;
        if (m.Length < 2 || !AfterTitle(tokens, m.First))
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

            var length = gazetteer.Match(tokens, k, out var entry);
            if (length > 0 && k + length <= m.End && entry.Type == EntityType.Organization)
            {
                organizationEnd = k + length;
            }
            else if (length == 0 && m.Type == EntityType.Person && tokens[k].Length >= 3 && NameShape.LooksLikeAcronym(tokens[k]) &&
                     IsNameRun(tokens, k + 1, m.End))
            {
                organizationEnd = k + 1; // `IESR Deon Arinaldo`: an organization no list knows, before the person (not a degree after one)
            }
            else
            {
                continue;
            }

            // An organization's mention ends in the organization; a person's goes on with the person's name.
            return (m.Type == EntityType.Organization && organizationEnd == m.End) ||
                   (m.Type != EntityType.Organization && (organizationEnd == m.End || (m.Type == EntityType.Person && IsNameRun(tokens, organizationEnd, m.End))))
                ? k
                : 0;
        }

        return 0;
    }

    // A title (`Direktur`) right before the mention, or a title and up to four of its capitalized words and `dan`
    // before it (`Juru Kampanye Iklim dan | Energi`).
    private bool AfterTitle(SentenceWords tokens, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 5; k--)
        {
            if (words.IsTitle(tokens[k]))
            {
                return true;
            }

            if (tokens[k] != "dan" && !(char.IsUpper(tokens[k][0]) && tokens[k].AsSpan(1).ContainsAnyInRange('a', 'z')))
            {
                return false;
            }
        }

        return false;
    }

    private static bool IsNameRun(SentenceWords tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!NameShape.IsNameWord(tokens[k]))
            {
                return false;
            }
        }

        return first < end;
    }

    // The mention becomes the organization [first, organizationEnd); a person's name after it stays a person.
    private void SplitAtOrganization(SentenceMentions sentence, Mention m, int first, int organizationEnd)
    {
        var end = m.End;
        m.First = first;
        m.End = organizationEnd;
        m.Type = EntityType.Organization;
        m.Entry = gazetteer.Match(sentence.NameTokens, first, out var organization) == organizationEnd - first ? organization : null;
        if (organizationEnd < end)
        {
            sentence.Insert(new Mention(organizationEnd, end, EntityType.Person, null));
        }
    }
}
