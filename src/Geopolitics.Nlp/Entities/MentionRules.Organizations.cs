namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Organization names opened by a head word (<c>Kementerian</c>, <c>Partai</c>, <c>Komisi</c>) and running over the
/// capitalized words after it, cut where another name begins: a coordinated name (<c>Partai Demokrat dan PDI
/// Perjuangan</c>) or the name of the person who holds an office in it (<c>Ketua Umum Partai Golkar Aburizal Bakrie</c>).
/// </summary>
internal sealed partial class MentionRules
{
    /// <summary>Organization names, each followed by the person's name cut from its end, if any.</summary>
    private IEnumerable<MentionDraft> Organizations(IReadOnlyList<string> tokens, IReadOnlyList<MentionDraft> taggedPeople)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var head = tokens[i].ToLowerInvariant();
            var english = words.IsEnglishOrganizationHead(head);
            if (!char.IsUpper(tokens[i][0]) || (!english && !words.IsOrganizationHead(head)))
            {
                continue;
            }

            var end = CapitalizedRun(tokens, i + 1, english);
            for (var k = i + 2; k + 1 < end; k++)
            {
                // "Federasi Rusia dan Republik Korea", "Partai Demokrat dan PDI Perjuangan", "... dan Presiden X": two names.
                if (tokens[k] == "dan" && (StartsName(tokens, k + 1) || words.IsTitle(tokens[k + 1].ToLowerInvariant())))
                {
                    end = k;
                    break;
                }
            }

            // An English name's capitalized tail (International Studies) is part of it, not an office holder.
            var cut = english ? end : PersonCut(tokens, i, end, taggedPeople);
            if (cut > i + 1)
            {
                var entry = gazetteer.Match(tokens, i, out var e) == cut - i ? e : null;
                yield return new MentionDraft(i, cut, entry?.Type ?? EntityType.Organization, entry);
                if (cut < end)
                {
                    var person = gazetteer.Match(tokens, cut, out var p) == end - cut && p.Type == EntityType.Person ? p : null;
                    yield return new MentionDraft(cut, end, EntityType.Person, person);
                }

                i = end - 1;
            }
        }
    }

    /// <summary>A known name, an organization head or an acronym starts at <paramref name="k"/>.</summary>
    private bool StartsName(IReadOnlyList<string> tokens, int k) =>
        gazetteer.Match(tokens, k, out _) > 0 || words.IsOrganizationHead(tokens[k].ToLowerInvariant()) || IsAcronym(tokens[k]);

    /// <summary>
    /// Where a person's name begins inside the organization run <paramref name="start"/>..<paramref name="end"/>
    /// (<c>Partai Demokrat | Nurhayati Ali Assegaf</c>), or <paramref name="end"/> when nothing shows one. The name is a
    /// tail of name-like words after at least two words of the organization; its start is shown by the tagger's PERSON
    /// span, a person in the gazetteer, the organization's own known name or acronym ending just before it, or, failing
    /// those, a reporting verb right after the run.
    /// </summary>
    private int PersonCut(IReadOnlyList<string> tokens, int start, int end, IReadOnlyList<MentionDraft> taggedPeople)
    {
        var tail = end;
        while (tail > start + 2 && IsNameLike(tokens, tail - 1))
        {
            tail--;
        }

        for (var k = tail; k < end; k++)
        {
            if (taggedPeople.Any(p => p.First == k) ||
                (gazetteer.Match(tokens, k, out var person) > 0 && person.Type == EntityType.Person) ||
                (gazetteer.Match(tokens, start, out var org) == k - start && org.Type == EntityType.Organization) ||
                IsAcronym(tokens[k - 1]))
            {
                return k;
            }
        }

        var next = end < tokens.Count && tokens[end] == "," ? end + 1 : end;
        if (end - tail >= 2 && next < tokens.Count && words.IsReportingCue(tokens[next].ToLowerInvariant()))
        {
            return Math.Max(tail, end - 2); // most names in the press are two words long
        }

        return end;
    }

    /// <summary>A word that may be part of a person's name: capitalized, not an acronym, head, title or known place.</summary>
    private bool IsNameLike(IReadOnlyList<string> tokens, int k)
    {
        var token = tokens[k];
        if (token.Length < 2 || !char.IsUpper(token[0]) || !token.AsSpan(1).ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        var lower = token.ToLowerInvariant();
        if (words.IsOrganizationHead(lower) || words.IsTitle(lower) || words.IsLocationHead(lower) || words.IsEventHead(lower))
        {
            return false;
        }

        return gazetteer.Match(tokens, k, out var entry) == 0 || entry.Type == EntityType.Person;
    }

    /// <summary>End of the run of capitalized words from <paramref name="start"/>, joined by <c>dan</c> or hyphens.</summary>
    private static int CapitalizedRun(IReadOnlyList<string> tokens, int start, bool english = false)
    {
        var end = start;
        while (end < tokens.Count)
        {
            if (IsCapitalized(tokens[end]))
            {
                end++;
            }
            else if ((tokens[end] is "dan" or "-" || (english && tokens[end] is "for" or "of" or "on" or "and" or "the" or "in")) &&
                     (end > start || english) && end + 1 < tokens.Count && IsCapitalized(tokens[end + 1]))
            {
                end += 2;
            }
            else
            {
                break;
            }
        }

        return end;
    }
}
