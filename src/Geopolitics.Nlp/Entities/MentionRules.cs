namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Turns the tagger's labels for one sentence into mentions and applies the general rules of the annotation guidelines:
/// gazetteer names, titles outside person spans, place type (GPE or LOCATION), named events and acronyms in parentheses.
/// </summary>
internal sealed partial class MentionRules(Gazetteer gazetteer, WordLists words)
{
    private static readonly EntityType[] ClassTypes = [EntityType.Person, EntityType.Organization, EntityType.Gpe, EntityType.Event];

    public List<MentionDraft> Apply(IReadOnlyList<string> tokens, ReadOnlySpan<int> labels)
    {
        var mentions = new List<MentionDraft>();
        foreach (var (start, end, cls) in NerLabel.Spans(labels))
        {
            AddTagged(tokens, start, end, ClassTypes[cls], mentions);
        }

        var taggedPeople = mentions.Where(m => m.Type == EntityType.Person).ToList();

        foreach (var candidate in GazetteerNames(tokens))
        {
            Merge(mentions, candidate, authoritative: false);
        }

        foreach (var org in Organizations(tokens, taggedPeople))
        {
            if (org.Type == EntityType.Person)
            {
                Merge(mentions, org, authoritative: true);
            }
            else
            {
                MergeTrimmed(mentions, org);
            }
        }

        foreach (var ev in Events(tokens))
        {
            Merge(mentions, ev, authoritative: true);
        }

        mentions.Sort((a, b) => a.First.CompareTo(b.First));
        LinkAcronyms(tokens, mentions);
        return mentions;
    }

    private void AddTagged(IReadOnlyList<string> tokens, int start, int end, EntityType type, List<MentionDraft> mentions)
    {
        // "Presiden Afrika Selatan Cyril Ramaphosa" tagged as one place: after a title, a country that does not fill
        // the span is the title's country, and the capitalized rest is the office holder.
        if (type != EntityType.Person && start > 0 && words.IsTitle(tokens[start - 1].ToLowerInvariant()))
        {
            var countryLength = gazetteer.Match(tokens, start, out var country);
            if (countryLength > 0 && start + countryLength < end && country.Type == EntityType.Gpe &&
                Enumerable.Range(start + countryLength, end - start - countryLength).All(k => char.IsUpper(tokens[k][0])))
            {
                type = EntityType.Person;
            }
        }

        // Titles and honorifics stay outside; a country inside a title (Menteri Luar Negeri Rusia) is its own GPE.
        while (start < end && type == EntityType.Person)
        {
            var lower = tokens[start].ToLowerInvariant();
            if (words.IsTitle(lower) || !IsWord(tokens[start]))
            {
                start++;
                continue;
            }

            var len = gazetteer.Match(tokens, start, out var entry);
            if (len > 0 && start + len < end && entry.Type is EntityType.Gpe or EntityType.Organization)
            {
                mentions.Add(new MentionDraft(start, start + len, entry.Type, entry));
                start += len;
                continue;
            }

            break;
        }

        while (end > start && !IsWord(tokens[end - 1]))
        {
            end--;
        }

        if (start >= end || char.IsLower(tokens[start][0]))
        {
            return; // in cased text a name starts with a capital or digit (pasca-Soviet is an adjective)
        }

        GazetteerEntry? whole = null;
        if (gazetteer.Match(tokens, start, out var e) == end - start)
        {
            whole = e;
        }

        if (whole is not null && !(type == EntityType.Organization && whole.Type == EntityType.Person))
        {
            type = whole.Type;
        }
        else if (type is EntityType.Person or EntityType.Gpe && words.IsLocationTail(tokens[end - 1].ToLowerInvariant()))
        {
            type = EntityType.Location;
        }
        else if (type == EntityType.Gpe && words.IsLocationHead(tokens[start].ToLowerInvariant()))
        {
            type = EntityType.Location;
        }

        mentions.Add(new MentionDraft(start, end, type, whole));
    }

    private IEnumerable<MentionDraft> GazetteerNames(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i < tokens.Count;)
        {
            GazetteerEntry entry = null!;
            var len = char.IsUpper(tokens[i][0]) ? gazetteer.Match(tokens, i, out entry) : 0;
            if (len == 0)
            {
                i++;
                continue;
            }

            yield return new MentionDraft(i, i + len, entry.Type, entry);
            i += len;
        }
    }

    private IEnumerable<MentionDraft> Events(IReadOnlyList<string> tokens)
    {
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var head = tokens[i].ToLowerInvariant();
            var named = !words.IsEventHead(head);
            if (!char.IsUpper(tokens[i][0]) || (named && !words.IsNamedEventHead(head)))
            {
                continue;
            }

            if (tokens[i + 1] == "Tingkat")
            {
                continue; // "Konferensi Tingkat Tinggi" is the common noun "summit" (KTT), not a name
            }

            var end = i + 1;
            while (end < tokens.Count && (IsCapitalized(tokens[end]) ||
                   (tokens[end] == "-" && end + 1 < tokens.Count && IsCapitalized(tokens[end + 1]))))
            {
                end++;
            }

            // "KTT ASEAN ke-47": the edition belongs to the name.
            var numbered = end > i + 1 && end < tokens.Count && IsOrdinal(tokens[end]);
            if (numbered)
            {
                end++;
            }

            var hasAcronym = false;
            for (var k = i + 1; k < end; k++)
            {
                hasAcronym |= LooksLikeAcronym(tokens[k]);
            }

            if (end > i + 1 && (!named || numbered || hasAcronym))
            {
                yield return new MentionDraft(i, end, EntityType.Event, null);
                i = end - 1;
            }
        }
    }

    private static bool IsOrdinal(string token) =>
        token.Length > 3 && token.StartsWith("ke-", StringComparison.OrdinalIgnoreCase) && token.AsSpan(3).IndexOfAnyExceptInRange('0', '9') < 0;

    private static bool LooksLikeAcronym(string token) =>
        token.Length is >= 2 and <= 8 && char.IsUpper(token[0]) && token.All(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>Adds a rule-found name over the mentions it contains, cut short before a mention that runs past it.</summary>
    private static void MergeTrimmed(List<MentionDraft> mentions, MentionDraft candidate)
    {
        foreach (var m in mentions.Where(m => m.Overlaps(candidate) && (m.First < candidate.First || m.End > candidate.End)))
        {
            if (m.First <= candidate.First)
            {
                return; // a mention starting at or before the head (a person's name) keeps its tokens
            }

            candidate = candidate with { End = m.First, Entry = null };
        }

        if (candidate.Length >= 2)
        {
            Merge(mentions, candidate, authoritative: true);
        }
    }

    /// <summary>
    /// Adds <paramref name="candidate"/> unless a longer tagged span already holds it. A tagged span made only of
    /// gazetteer names (<c>Rusia-RDRK</c>) is split into them.
    /// </summary>
    private static void Merge(List<MentionDraft> mentions, MentionDraft candidate, bool authoritative)
    {
        var overlapping = mentions.Where(m => m.Overlaps(candidate)).ToList();
        if (!authoritative && overlapping.Any(m => m.First <= candidate.First && m.End >= candidate.End &&
                m.Length > candidate.Length && !IsSplittable(m, candidate)))
        {
            return;
        }

        foreach (var m in overlapping)
        {
            mentions.Remove(m);
        }

        mentions.Add(candidate);
    }

    // A tagged span such as "Rusia - RDRK" whose next token after the candidate is a hyphen or conjunction joining names.
    private static bool IsSplittable(MentionDraft tagged, MentionDraft candidate) =>
        tagged.Type is not EntityType.Organization and not EntityType.Event && candidate.Entry?.Type == EntityType.Gpe;

    private void LinkAcronyms(IReadOnlyList<string> tokens, List<MentionDraft> mentions)
    {
        for (var i = 2; i + 1 < tokens.Count; i++)
        {
            if (tokens[i - 1] != "(" || tokens[i + 1] != ")" || !IsAcronym(tokens[i]))
            {
                continue;
            }

            var expansion = mentions.FindIndex(m => m.End == i - 1);
            var runStart = RunStartBefore(tokens, i - 1, tokens[i]);
            var known = gazetteer.TryGet(tokens[i], out var acronymEntry) ? acronymEntry : null;
            var joinsNames = expansion >= 0 && mentions[expansion].First < runStart &&
                Enumerable.Range(mentions[expansion].First, runStart - mentions[expansion].First).Any(k => tokens[k] is "dan" or ",");
            if ((expansion < 0 || mentions[expansion].First > runStart || joinsNames) && i - 1 - runStart >= 2 &&
                (known is not null || char.ToUpperInvariant(tokens[runStart][0]) == tokens[i][0]))
            {
                // "Kantor Berita Sentral Korea (KCNA)": the capitalized words before the acronym name it, whatever the tagger saw inside.
                var whole = gazetteer.Match(tokens, runStart, out var w) == i - 1 - runStart ? w : null;
                var run = new MentionDraft(runStart, i - 1, whole?.Type ?? known?.Type ?? EntityType.Organization, whole);
                ReplaceWithRun(tokens, mentions, run);
                expansion = mentions.IndexOf(run);
            }

            if (expansion < 0)
            {
                continue;
            }

            var acronym = mentions.FindIndex(m => m.First == i && m.End == i + 1);
            var exp = mentions[expansion];
            var draft = new MentionDraft(i, i + 1, exp.Type, gazetteer.TryGet(tokens[i], out var e) ? e : null, expansion);
            if (acronym >= 0)
            {
                mentions[acronym] = draft with { Type = exp.Type };
            }
            else if (!mentions.Any(m => m.Overlaps(draft)))
            {
                mentions.Insert(expansion + 1, draft);
            }
        }
    }

    /// <summary>
    /// Puts <paramref name="run"/> in place of the mentions it overlaps; of a mention that started before it
    /// (<c>Federasi Rusia dan ...</c>), the gazetteer names before the run are kept.
    /// </summary>
    private void ReplaceWithRun(IReadOnlyList<string> tokens, List<MentionDraft> mentions, MentionDraft run)
    {
        var before = mentions.Where(m => m.Overlaps(run) && m.First < run.First).Select(m => m.First).DefaultIfEmpty(run.First).Min();
        mentions.RemoveAll(m => m.Overlaps(run));
        for (var k = before; k < run.First;)
        {
            GazetteerEntry? entry = null;
            var len = char.IsUpper(tokens[k][0]) ? gazetteer.Match(tokens, k, out entry) : 0;
            if (len > 0 && k + len <= run.First && !mentions.Any(m => m.First < k + len && k < m.End))
            {
                mentions.Add(new MentionDraft(k, k + len, entry!.Type, entry));
                k += len;
            }
            else
            {
                k++;
            }
        }

        mentions.Add(run);
        mentions.Sort((a, b) => a.First.CompareTo(b.First));
    }

    private int RunStartBefore(IReadOnlyList<string> tokens, int end, string acronym)
    {
        var start = end;
        while (start > 0 && (IsCapitalized(tokens[start - 1]) ||
               (tokens[start - 1] is "dan" or "-" && start > 1 && IsCapitalized(tokens[start - 2]) && start < end)))
        {
            start--;
        }

        while (start < end && (words.IsTitle(tokens[start].ToLowerInvariant()) || words.IsReportingCue(tokens[start].ToLowerInvariant())))
        {
            start++; // "Menurut Kantor Berita Sentral Korea (KCNA)" at the start of a sentence
        }

        // "Federasi Rusia dan Republik Demokratik Rakyat Korea (RDRK)": the acronym's initials pick the expansion out
        // of a run that coordinates names; else a name known or opened by a head after the last "dan" is the expansion.
        for (var k = start; k < end; k++)
        {
            if (IsCapitalized(tokens[k]) && Initials(tokens, k, end) == acronym)
            {
                return k;
            }
        }

        for (var k = end - 2; k > start; k--)
        {
            if (tokens[k] == "dan" && StartsName(tokens, k + 1))
            {
                return k + 1;
            }
        }

        return start;
    }

    /// <summary>The first letters of the capitalized words in <paramref name="start"/>..<paramref name="end"/>.</summary>
    private static string Initials(IReadOnlyList<string> tokens, int start, int end)
    {
        var chars = new char[end - start];
        var n = 0;
        for (var k = start; k < end; k++)
        {
            if (char.IsUpper(tokens[k][0]))
            {
                chars[n++] = tokens[k][0];
            }
        }

        return new string(chars, 0, n);
    }

    private static bool IsAcronym(string token) =>
        token.Length is >= 2 and <= 10 && char.IsUpper(token[0]) && token.Count(char.IsUpper) * 2 > token.Length;

    private static bool IsCapitalized(string token) =>
        token.Length > 0 && (char.IsUpper(token[0]) || char.IsDigit(token[0]));

    private static bool IsWord(string token) => token.Length > 0 && char.IsLetterOrDigit(token[0]);
}
