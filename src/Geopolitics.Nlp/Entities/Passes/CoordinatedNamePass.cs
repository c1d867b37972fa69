namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// The conjuncts of a list name things of one kind: beside an organization, an unknown name is an organization too, tagged as a person
/// or a place (<c>Persib Bandung, Persebaya Surabaya dan Bali United</c>) or not tagged at all (<c>Google, Temasek dan
/// Bain &amp; Company</c>; <c>Wuling dan BYD</c>). Conjuncts are joined only by commas and <c>dan</c>/<c>serta</c>/<c>atau</c>;
/// a list that holds a known person or place, a multi-word or role-marked person (<c>pelatih X</c>), or no more
/// organizations than people is left alone.
/// </summary>
internal sealed class CoordinatedNamePass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    /// <summary>The longest list read (longer ones are read up to it); the conjuncts live on the stack.</summary>
    private const int MaxConjuncts = 32;

    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            if (!sentence.TitleCase && !document.Caseless)
            {
                Run(sentence, document.OrganizationNames);
            }
        }
    }

    private void Run(SentenceMentions sentence, HashSet<string> names)
    {
        var tokens = sentence.Tokens;
        if (!HasConjunction(tokens))
        {
            return; // most sentences: no list to read
        }

        Span<(int First, int End)> buffer = stackalloc (int, int)[MaxConjuncts];
        var k = 0;
        while (k < tokens.Count)
        {
            if (ConjunctEnd(sentence, k) <= k)
            {
                k++;
                continue;
            }

            var (end, count) = ListAt(sentence, k, buffer);
            var conjuncts = buffer[..count];
            if (count >= 2 && IsOrganizationList(sentence, conjuncts))
            {
                foreach (var (first, last) in conjuncts)
                {
                    Retype(sentence, first, last, names);
                }
            }

            k = Math.Max(end, k + 1);
        }
    }

    private static bool HasConjunction(SentenceWords tokens)
    {
        foreach (var token in tokens)
        {
            if (token is "dan" or "serta" or "atau")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Fills <paramref name="conjuncts"/> with the conjuncts (token ranges) of the list that starts at <paramref name="k"/>
    /// and returns where it ends. A list is closed by
    /// a conjunction: a run of capitalized words after the last <c>dan</c>/<c>serta</c>/<c>atau</c> is not a conjunct
    /// unless a mention (<c>Google, Selasa (12/3)</c> is no list).
    /// </summary>
    private static (int End, int Count) ListAt(SentenceMentions sentence, int k, Span<(int First, int End)> conjuncts)
    {
        var tokens = sentence.Tokens;
        var count = 0;
        var closed = -1; // the last conjunct with a conjunction before it
        var before = false;
        while (k < tokens.Count && count < conjuncts.Length)
        {
            var end = ConjunctEnd(sentence, k);
            if (end <= k)
            {
                break;
            }

            closed = before ? count : closed;
            conjuncts[count++] = (k, end);
            var next = end;
            if (next < tokens.Count && tokens[next] == ",")
            {
                next++;
            }

            before = next < tokens.Count && tokens[next] is "dan" or "serta" or "atau";
            if (before)
            {
                next++;
            }

            if (next == end || next >= tokens.Count)
            {
                break;
            }

            k = next;
        }

        for (var i = Math.Max(closed + 1, 1); i < count; i++)
        {
            if (sentence.At(conjuncts[i].First) is null)
            {
                count = i;
                break;
            }
        }

        var listEnd = count > 0 ? conjuncts[count - 1].End : k;
        return (listEnd, closed > 0 ? count : 0);
    }

    /// <summary>A mention starting at <paramref name="k"/>, or a run of capitalized words no mention covers.</summary>
    private static int ConjunctEnd(SentenceMentions sentence, int k)
    {
        var mention = sentence.At(k);
        if (mention is not null)
        {
            return mention.First == k ? mention.End : k;
        }

        var end = k;
        while (end < sentence.Count && sentence.At(end) is null && NameShape.IsCapitalized(sentence.Tokens[end]) &&
               sentence.Tokens[end].AsSpan(1).ContainsAnyInRange('a', 'z'))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// More organizations than people among the conjuncts, no known person or place, and every untagged conjunct a single
    /// unknown word standing alone (not run on from a name before it or into one after it).
    /// </summary>
    private bool IsOrganizationList(SentenceMentions sentence, ReadOnlySpan<(int First, int End)> conjuncts)
    {
        var organizations = 0;
        var people = 0;
        var tokens = sentence.Tokens;
        foreach (var (first, end) in conjuncts)
        {
            var m = sentence.At(first);
            if (m is null)
            {
                // A sentence's first word is capitalized anyway: only right before the conjunction.
                if (end - first > 1 || !IsUnknownName(tokens, first) || (first > 0 && IsNameWord(sentence, first - 1)) ||
                    (end < tokens.Count && IsNameWord(sentence, end)) ||
                    (first == 0 && (end >= tokens.Count || tokens[end] is not ("dan" or "serta" or "atau"))))
                {
                    return false;
                }

                continue;
            }

            if (m.Entry is { Type: not EntityType.Organization } ||
                (m.Type == EntityType.Person && (m.Length > 1 || HasRoleBefore(tokens, first) || NameShape.IsAcronym(tokens[first]))))
            {
                return false; // a known person or place, or a name that reads as a person's: a mixed list
            }

            organizations += m.Type == EntityType.Organization ? 1 : 0;
            people += m.Type == EntityType.Person ? 1 : 0;
        }

        return organizations > people && (conjuncts[0].First == 0 || !HasRoleBefore(tokens, conjuncts[0].First));
    }

    private static bool IsNameWord(SentenceMentions sentence, int k) =>
        sentence.At(k) is not null || NameShape.IsCapitalized(sentence.Tokens[k]);

    /// <summary>A capitalized word that no word list knows: not a title, role, verb, headline break or kind of organization.</summary>
    private bool IsUnknownName(SentenceWords tokens, int k) =>
        !words.IsTitle(tokens[k]) && !words.IsPersonCue(tokens[k]) && !words.IsVerb(tokens[k]) && !words.IsHeadlineBreak(tokens[k]) &&
        !words.IsOrganizationContext(tokens[k]);

    private bool HasRoleBefore(SentenceWords tokens, int first) =>
        first > 0 && (words.IsPersonCue(tokens[first - 1]) || words.IsTitle(tokens[first - 1]));

    /// <summary>A place tagged for the town a club or company is named after (<c>Persebaya Surabaya</c>): an unknown word before a known place.</summary>
    private bool IsClubOnTown(SentenceMentions sentence, Mention m) =>
        m.Type is EntityType.Gpe or EntityType.Location && m.Length == 2 && gazetteer.Match(sentence.Tokens, m.First, out _) == 0 &&
        gazetteer.Match(sentence.Tokens, m.First + 1, out var town) == 1 && town.Type == EntityType.Gpe &&
        !words.IsLocationHead(sentence.Tokens[m.First]) && !words.IsVenueHead(sentence.Tokens[m.First]);

    private void Retype(SentenceMentions sentence, int first, int end, HashSet<string> names)
    {
        var m = sentence.At(first);
        if (m is null)
        {
            m = new Mention(first, end, EntityType.Organization, null);
            sentence.Insert(m);
        }
        else if (m.Entry is null && (m.Type == EntityType.Person || IsClubOnTown(sentence, m)))
        {
            m.Type = EntityType.Organization;
        }
        else
        {
            return;
        }

        names.Add(sentence.Words(m));
    }
}
