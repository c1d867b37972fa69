namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// The conjuncts of a list of places are places: after a place noun or a verb of war (or a locative preposition, when
/// two conjuncts are places already and fewer are people), a list that opens with a GPE (<c>menghantam Haifa, Nahariya, dan Safed</c>; <c>di wilayah Murmansk, Irkutsk, Ivanovo,
/// Ryazan, dan Amur</c>) makes its unknown conjuncts GPEs, and the ones the tagger read as people too, which it does
/// for most towns it never saw. Only a list closed by <c>dan</c>, <c>serta</c> or <c>atau</c> counts, so
/// <c>di Gaza, Abu Obeida mengatakan</c> (a place, then the speaker) is no list; a known person, an organization or a
/// title in it ends the reading.
/// </summary>
internal sealed class PlaceListPass(EntityLexicon words) : SentencePass
{
    /// <summary>The most words a conjunct may have.</summary>
    private const int MaxConjunctWords = 3;

    /// <summary>The most conjuncts read after the first place.</summary>
    private const int MaxConjuncts = 16;

    // Where only places follow: place nouns, and the verbs of war of WorldCityPass, whose objects are places.
    private static readonly string[] PlaceNouns = ["wilayah", "kota", "provinsi", "kawasan", "daerah"];

    // Where places follow, but people may too (`dari Rusia, Ivan Petrov dan Olga Smirnova`): a list after one of these
    // counts only when two of its conjuncts are places already and no more are people.
    private static readonly string[] Prepositions = ["di", "ke", "dari", "menuju", "Di", "Ke", "Dari"];

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        Span<(int First, int End)> conjuncts = stackalloc (int, int)[MaxConjuncts];
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var first = sentence.Mentions[i];
            if (first.Type != EntityType.Gpe || first.First == 0 || !StartsList(tokens, first))
            {
                continue;
            }

            var count = 0;
            var k = first.End;
            var closed = false;
            while (count < MaxConjuncts && k + 1 < tokens.Count && !closed)
            {
                var next = k;
                if (tokens[next] == ",")
                {
                    next++;
                }

                if (next < tokens.Count && tokens[next] is "dan" or "serta" or "atau")
                {
                    closed = true;
                    next++;
                }

                if (next == k || next >= tokens.Count)
                {
                    break;
                }

                var end = ConjunctEnd(sentence, next);
                if (end == next)
                {
                    break;
                }

                conjuncts[count++] = (next, end);
                k = end;
            }

            if (!closed || count == 0 || (k < tokens.Count && NameShape.IsCapitalized(tokens[k])) ||
                (!IsPlaceCue(tokens[first.First - 1]) && !PlacesOutnumberPeople(sentence, conjuncts[..count])))
            {
                continue;
            }

            // An untagged word joins only a list the sentence's punctuation closes (`… dan Lulus dari SMU` is a verb).
            var punctuated = k >= tokens.Count || !char.IsLetterOrDigit(tokens[k][0]);
            foreach (var (start, end) in conjuncts[..count])
            {
                if (sentence.At(start) is { } m)
                {
                    if (m.Type == EntityType.Person && m.Entry is null && m.First == start && m.End == end)
                    {
                        m.Type = EntityType.Gpe;
                    }
                }
                else if (punctuated)
                {
                    sentence.Insert(new Mention(start, end, EntityType.Gpe, null));
                }
            }
        }
    }

    private static bool StartsList(SentenceWords tokens, Mention first) =>
        IsPlaceCue(tokens[first.First - 1]) || Prepositions.Contains(tokens[first.First - 1]);

    private static bool IsPlaceCue(string token) => PlaceNouns.Contains(token) || WorldCityPass.AssaultVerbs.Contains(token);

    // Besides the first, another conjunct is a place already, and people are fewer than places.
    private static bool PlacesOutnumberPeople(SentenceMentions sentence, ReadOnlySpan<(int First, int End)> conjuncts)
    {
        var places = 1;
        var people = 0;
        foreach (var (start, _) in conjuncts)
        {
            places += sentence.At(start) is { Type: EntityType.Gpe or EntityType.Location } ? 1 : 0;
            people += sentence.At(start) is { Type: EntityType.Person } ? 1 : 0;
        }

        return places >= 2 && people < places;
    }

    /// <summary>
    /// One past the conjunct that starts at <paramref name="k"/>: a GPE or LOCATION mention, a PERSON the gazetteer does
    /// not know, or up to three capitalized words no list gives another role; <paramref name="k"/> when none starts there.
    /// </summary>
    private int ConjunctEnd(SentenceMentions sentence, int k)
    {
        var tokens = sentence.Tokens;
        if (sentence.At(k) is { } m)
        {
            var place = m.Type is EntityType.Gpe or EntityType.Location || (m.Type == EntityType.Person && m.Entry is null && m.Length <= MaxConjunctWords);
            return m.First == k && place && !words.IsTitle(tokens[k]) ? m.End : k;
        }

        var end = k;
        while (end < tokens.Count && end - k < MaxConjunctWords && NameShape.IsCapitalized(tokens[end]) && sentence.At(end) is null &&
               !words.IsTitle(tokens[end]) && !words.IsPersonCue(tokens[end]) && !words.IsVerb(tokens[end]) && !words.IsHeadlineBreak(tokens[end]) &&
               !words.IsOrganizationHead(tokens[end]))
        {
            end++;
        }

        return end;
    }
}
