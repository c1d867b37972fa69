using Geopolitics.Nlp.Pipeline;

namespace Geopolitics.Nlp.Entities;

/// <summary>
/// Fills <see cref="AnalysisState.Entities"/>: tags each sentence with the trained tagger, applies the guideline rules
/// (<see cref="MentionRules"/>) and resolves canonical names over the document (<see cref="EntityCanonicalizer"/>).
/// </summary>
/// <remarks>
/// The tagger sees sub-tokens: a token joining two capitalized words with a hyphen (<c>Rusia-RDRK</c>) is split at the
/// hyphen so that a mention can end or start inside it; <c>Kim Jong-un</c> and <c>negara-negara</c> stay whole.
/// A second pass marks later one-word uses of a person's name seen in full earlier (<c>Lavrov</c> after
/// <c>Sergey Lavrov</c>), which a sentence-level tagger often misses.
/// </remarks>
internal sealed class EntityStage(EntityResources resources) : IAnalysisStage
{
    private readonly MentionRules _rules = new(resources.Gazetteer, resources.Words);
    private readonly EntityCanonicalizer _canonicalizer = new(resources.Gazetteer);

    public string Name => "entities";

    public AnalysisStages Output => AnalysisStages.Entities;

    public void Run(AnalysisState state, CancellationToken cancellationToken)
    {
        var text = state.Text;
        var sentences = new List<(List<(int Start, int End)> Bounds, List<string> Tokens, List<MentionDraft> Drafts, bool TitleCase)>();
        var personParts = new Dictionary<string, int>(StringComparer.Ordinal);
        var caseless = IsCaseless(text, state.Tokens);
        foreach (var sentence in state.Sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bounds = new List<(int Start, int End)>();
            for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                SplitToken(text, state.Tokens[t].Start, state.Tokens[t].End, bounds);
            }

            var tokens = bounds.Select(b => text[b.Start..b.End]).ToList();
            var labels = resources.Tagger.Tag(tokens, caseless);
            var drafts = _rules.Apply(caseless ? Truecase(tokens, labels) : tokens, labels);
            SplitAtDashes(text, bounds, drafts);
            MarkDatelineSource(tokens, drafts);
            var titleCase = IsTitleCase(tokens);
            if (titleCase)
            {
                EndNamesAtHeadlineVerbs(tokens, drafts);
            }

            sentences.Add((bounds, tokens, drafts, titleCase));
        }

        TrimHeadlineNames(sentences);

        // Collected after the headline fixes, so a verb run into a headline name is not taken for part of a name.
        foreach (var (bounds, tokens, drafts, _) in sentences)
        {
            foreach (var d in drafts.Where(d => d.Type == EntityType.Person && d.Length >= 2))
            {
                for (var k = d.First; k < d.End; k++)
                {
                    if (tokens[k].Length >= 3 && char.IsUpper(tokens[k][0]))
                    {
                        personParts.TryAdd(tokens[k], bounds[k].Start);
                    }
                }
            }
        }

        var found = new List<EntityCanonicalizer.Found>();
        foreach (var (bounds, tokens, drafts, _) in sentences)
        {
            cancellationToken.ThrowIfCancellationRequested();
            SplitOfficeHolders(tokens, drafts, personParts);
            AddLaterNameParts(bounds, tokens, drafts, personParts);
            var offset = found.Count;
            foreach (var draft in drafts)
            {
                var start = bounds[draft.First].Start;
                var end = bounds[draft.End - 1].End;
                var mention = text[start..end];
                var d = AsGovernment(draft, mention, tokens);
                found.Add(new(start, end, mention, d, d.Expansion >= 0 ? offset + d.Expansion : -1));
            }
        }

        state.Entities = [.. _canonicalizer.Resolve(found, cancellationToken)];
    }

    private static void AddLaterNameParts(
        List<(int Start, int End)> bounds, List<string> tokens, List<MentionDraft> drafts, Dictionary<string, int> personParts)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (personParts.TryGetValue(tokens[k], out var first) && first < bounds[k].Start &&
                !drafts.Any(d => d.First <= k && k < d.End))
            {
                Insert(drafts, new MentionDraft(k, k + 1, EntityType.Person, null));
            }
        }
    }

    /// <summary>
    /// An organization name that ends in the words of a person named elsewhere in the document (<c>Partai Golkar
    /// Aburizal Bakrie</c> when <c>Aburizal Bakrie</c> is a PERSON in another sentence) is cut before them.
    /// </summary>
    private static void SplitOfficeHolders(List<string> tokens, List<MentionDraft> drafts, Dictionary<string, int> personParts)
    {
        for (var j = 0; j < drafts.Count; j++)
        {
            var d = drafts[j];
            if (d.Type != EntityType.Organization || d.Entry is not null || d.Length < 3 || drafts.Any(x => x.Expansion == j))
            {
                continue;
            }

            var cut = d.End;
            while (cut > d.First + 2 && personParts.ContainsKey(tokens[cut - 1]))
            {
                cut--;
            }

            if (cut < d.End)
            {
                drafts[j] = d with { End = cut };
                Insert(drafts, new MentionDraft(cut, d.End, EntityType.Person, null));
            }
        }
    }

    /// <summary>Inserts a draft in token order, keeping acronym links pointing at the right expansion.</summary>
    private static void Insert(List<MentionDraft> drafts, MentionDraft draft)
    {
        var at = drafts.FindIndex(d => d.First > draft.First);
        if (at < 0)
        {
            drafts.Add(draft);
            return;
        }

        for (var j = 0; j < drafts.Count; j++)
        {
            if (drafts[j].Expansion >= at)
            {
                drafts[j] = drafts[j] with { Expansion = drafts[j].Expansion + 1 };
            }
        }

        drafts.Insert(at, draft);
    }

    /// <summary>
    /// In a headline every word is capitalized, so a name runs on into the verb after it (<c>Menlu Sugiono Dorong ASEAN
    /// …</c>). A person's name in a title-case line is cut back to the longest beginning of it that the body of the
    /// article names as a person, when the body never names the longer form.
    /// </summary>
    private static void TrimHeadlineNames(List<(List<(int Start, int End)> Bounds, List<string> Tokens, List<MentionDraft> Drafts, bool TitleCase)> sentences)
    {
        var bodyNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, tokens, drafts, _) in sentences.Where(x => !x.TitleCase))
        {
            foreach (var d in drafts.Where(d => d.Type == EntityType.Person))
            {
                bodyNames.Add(string.Join(' ', tokens.Skip(d.First).Take(d.Length)));
            }
        }

        foreach (var (_, tokens, drafts, _) in sentences.Where(x => x.TitleCase))
        {
            for (var i = 0; i < drafts.Count; i++)
            {
                var d = drafts[i];
                if (d.Type != EntityType.Person || d.Length < 2 || bodyNames.Contains(string.Join(' ', tokens.Skip(d.First).Take(d.Length))))
                {
                    continue;
                }

                for (var k = d.Length - 1; k >= 1; k--)
                {
                    if (bodyNames.Contains(string.Join(' ', tokens.Skip(d.First).Take(k))))
                    {
                        drafts[i] = d with { End = d.First + k };
                        break;
                    }
                }
            }
        }
    }

    /// <summary>
    /// A headline capitalizes its verbs, so a name runs on into them (<c>Dewan Gubernur IAEA Desak Iran Buka Akses</c>):
    /// the name ends before the first verb, and the gazetteer names after it are found again.
    /// </summary>
    private void EndNamesAtHeadlineVerbs(List<string> tokens, List<MentionDraft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            var cut = -1;
            for (var k = d.First + 1; k < d.End && cut < 0; k++)
            {
                if (resources.Words.IsVerb(tokens[k].ToLowerInvariant()))
                {
                    cut = k;
                }
            }

            if (cut < 0)
            {
                continue;
            }

            drafts[i] = d with { End = cut, Entry = null };
            var added = 0;
            for (var k = cut + 1; k < d.End;)
            {
                GazetteerEntry entry = null!;
                var length = char.IsUpper(tokens[k][0]) ? resources.Gazetteer.Match(tokens, k, out entry) : 0;
                if (length > 0 && k + length <= d.End)
                {
                    drafts.Insert(i + 1 + added, new MentionDraft(k, k + length, entry.Type, entry));
                    added++;
                    k += length;
                }
                else
                {
                    k++;
                }
            }

            if (added > 0)
            {
                // Acronym links after the insertion point move with their drafts.
                for (var j = 0; j < drafts.Count; j++)
                {
                    if (drafts[j].Expansion > i)
                    {
                        drafts[j] = drafts[j] with { Expansion = drafts[j].Expansion + added };
                    }
                }
            }

            i += added;
        }
    }

    /// <summary>
    /// A spaced dash after a web domain or an all-capitals word (<c>KOMPAS.com - Dewan …</c>, <c>VOVWORLD - …</c>) ends the
    /// source of a dateline; elsewhere a spaced dash may sit inside a name written by a tokenizer (<c>Al - Faisaly</c>).
    /// </summary>
    private static void SplitAtDashes(string text, List<(int Start, int End)> bounds, List<MentionDraft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            for (var k = d.First + 1; k < d.End - 1; k++)
            {
                var (start, end) = bounds[k];
                if (end - start == 1 && text[start] is '-' or '\u2013' or '\u2014' &&
                    start > 0 && char.IsWhiteSpace(text[start - 1]) && end < text.Length && char.IsWhiteSpace(text[end]) &&
                    IsSourceLike(text, bounds[k - 1]))
                {
                    drafts[i] = d with { End = k, Entry = null };
                    break;
                }
            }
        }
    }

    private static bool IsSourceLike(string text, (int Start, int End) token)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        return word.Contains('.') || (word.Length >= 2 && !word.ContainsAnyInRange('a', 'z'));
    }

    /// <summary>
    /// A news dateline names its source after the place: <c>Kuala Lumpur (ANTARA) -</c>, <c>JAKARTA, KOMPAS.com -</c>. The
    /// source is an organization (a news agency or outlet), whatever the tagger made of it.
    /// </summary>
    private static void MarkDatelineSource(List<string> tokens, List<MentionDraft> drafts)
    {
        if (drafts.Count == 0 || drafts[0].First != 0 || drafts[0].Type != EntityType.Gpe)
        {
            return;
        }

        var k = drafts[0].End;
        var parenthesized = k < tokens.Count && tokens[k] is "(" or ",";
        var source = parenthesized ? k + 1 : -1;
        var after = source + 1 + (tokens.Count > source + 1 && tokens[source + 1] == ")" ? 1 : 0);
        if (source < 0 || source >= tokens.Count || after >= tokens.Count || tokens[after] is not ("-" or "\u2013" or "\u2014") ||
            !char.IsUpper(tokens[source][0]))
        {
            return;
        }

        var existing = drafts.FindIndex(d => d.First <= source && source < d.End);
        var draft = new MentionDraft(source, source + 1, EntityType.Organization, null);
        if (existing >= 0)
        {
            drafts[existing] = drafts[existing] with { First = source, End = source + 1, Type = EntityType.Organization, Entry = null };
        }
        else
        {
            drafts.Insert(1, draft);
            for (var j = 0; j < drafts.Count; j++)
            {
                if (drafts[j].Expansion >= 1 && j != 1)
                {
                    drafts[j] = drafts[j] with { Expansion = drafts[j].Expansion + 1 };
                }
            }
        }
    }

    private static bool IsTitleCase(List<string> tokens)
    {
        var words = tokens.Count(t => t.Length > 3 && char.IsLetter(t[0]));
        var capitalized = tokens.Count(t => t.Length > 3 && char.IsUpper(t[0]));
        return words >= 3 && capitalized * 10 >= words * 7;
    }

    /// <summary>
    /// A capital that reports or judges (<c>Beijing menilai …</c>, <c>Washington menyatakan …</c>) stands for its
    /// government, so its canonical name is the country's, as the guidelines name <c>Pyongyang</c> as a government.
    /// </summary>
    private MentionDraft AsGovernment(MentionDraft draft, string mention, List<string> tokens)
    {
        if (draft.Type != EntityType.Gpe || draft.End >= tokens.Count ||
            !resources.Words.IsReportingCue(tokens[draft.End].ToLowerInvariant()) ||
            !resources.Gazetteer.TryGetGovernment(mention, out var country))
        {
            return draft;
        }

        return draft with { Entry = new GazetteerEntry(country, EntityType.Gpe, draft.Entry?.Id, null) };
    }

    /// <summary>
    /// Text with no capitals at all (NERP, chat, some feeds) is tagged by the model's caseless features; the rules, which
    /// read capitals as name evidence, then see the tagged words capitalized.
    /// </summary>
    internal static bool IsCaseless(string text, IReadOnlyList<Tokenization.Token> tokens)
    {
        var words = 0;
        var capitalized = 0;
        foreach (var token in tokens)
        {
            var c = text[token.Start];
            if (char.IsLetter(c))
            {
                words++;
                capitalized += char.IsUpper(c) ? 1 : 0;
            }
        }

        return words >= 3 && capitalized * 100 < words;
    }

    private static List<string> Truecase(List<string> tokens, int[] labels)
    {
        var cased = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            cased.Add(labels[i] != NerLabel.Outside && token.Length > 0 && char.IsLower(token[0])
                ? string.Concat(char.ToUpperInvariant(token[0]).ToString(), token.AsSpan(1))
                : token);
        }

        return cased;
    }

    private static void SplitToken(string text, int start, int end, List<(int, int)> bounds)
    {
        var from = start;
        for (var i = start + 1; i < end - 1; i++)
        {
            if (text[i] == '-' && char.IsUpper(text[from]) && char.IsUpper(text[i + 1]))
            {
                bounds.Add((from, i));
                bounds.Add((i, i + 1));
                from = i + 1;
            }
        }

        bounds.Add((from, end));
    }
}
