namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// English names of institutions that open with their city or country (<c>Singapore Institute of International
/// Affairs</c>, <c>Beijing Foreign Studies University</c>, <c>Washington Institute for Near East Policy</c>): the place,
/// the capitalized words after it and the English head (organization-heads-en.txt) with its <c>of</c>/<c>for</c> tail
/// are one ORGANIZATION, the longest name (ANNOTATION.md), not a GPE before an organization or one long GPE. A tagged
/// name that already holds the head (<c>Bronx High School</c>) takes the tail too (<c>… of Science</c>).
/// </summary>
internal sealed class EnglishInstitutionPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    // How far before its head an institution's name may begin: a place of up to three words and two more words.
    private const int MaxWordsBeforeHead = 5;

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.NameTokens;
        if (!ReferenceEquals(tokens, sentence.Tokens))
        {
            return; // caseless text: without capitals the name's start is not shown
        }

        bool? sport = null;
        for (var h = 1; h < tokens.Count; h++)
        {
            if (!char.IsUpper(tokens[h][0]) || !words.IsEnglishOrganizationHead(tokens[h]) || !char.IsUpper(tokens[h - 1][0]) ||
                tokens[h - 1] is "Convention" or "Exhibition" or "Expo")
            {
                continue; // a `Convention Center` is a venue (VenuePass)
            }

            // `Japan Academy Awards`: a capitalized word right after the head makes the head a modifier (an award, a prize),
            // not the institution's last word; its name goes on only over `of`/`for` (`… Institute for Near East Policy`).
            if (h + 1 < tokens.Count && char.IsUpper(tokens[h + 1][0]))
            {
                continue;
            }

            var first = PlaceOpening(sentence, h);
            if (first < 0 || KnownNameHolds(sentence, first, h) || (sport ??= SportSentences.Is(tokens, words)))
            {
                continue; // `Indonesia Super League` on a sport page: a competition, not an institution
            }

            var end = Tail(sentence, h + 1);
            if (sentence.Exactly(first, end) is { Type: EntityType.Organization })
            {
                h = end - 1;
                continue;
            }

            sentence.Merge(new Mention(first, end, EntityType.Organization, null), authoritative: true);
            h = end - 1;
        }
    }

    /// <summary>
    /// The first token of the institution's name whose head is at <paramref name="head"/>: the earliest known place that
    /// opens an unbroken run of capitalized words before the head, else the start of an unknown tagged name that holds
    /// the head; or -1.
    /// </summary>
    private int PlaceOpening(SentenceMentions sentence, int head)
    {
        var tokens = sentence.Tokens;
        var floor = head;
        while (floor > 0 && head - floor < MaxWordsBeforeHead && char.IsUpper(tokens[floor - 1][0]) && !words.IsTitle(tokens[floor - 1]) &&
               !words.IsOrganizationHead(tokens[floor - 1]))
        {
            floor--;
        }

        for (var k = floor; k < head; k++)
        {
            if (gazetteer.Match(tokens, k, out var place) is var n && n > 0 && k + n <= head && place.Type is EntityType.Gpe or EntityType.Location &&
                !IsIndonesianCountryName(tokens, k, n, place))
            {
                return k;
            }
        }

        return sentence.At(head) is { Entry: null, Type: EntityType.Organization or EntityType.Gpe or EntityType.Location } tagged &&
               tagged.First >= floor && tagged.First < head ? tagged.First : -1;
    }

    // `Jepang Statistics Bureau`: a country written by its Indonesian name is the Indonesian text's own word, no part of
    // an English name (`Singapore Institute …` writes the English one); the institution is the name after it.
    private bool IsIndonesianCountryName(SentenceWords tokens, int k, int n, GazetteerEntry place) =>
        n == 1 && gazetteer.IsCountry(place) && tokens[k] == place.Canonical;

    // `Asian Development Bank`, `Uni Eropa`: a known name over the head is already read whole.
    private bool KnownNameHolds(SentenceMentions sentence, int first, int head)
    {
        for (var k = first; k <= head; k++)
        {
            if (gazetteer.Match(sentence.Tokens, k, out _) is var n && k + n > head)
            {
                return true;
            }
        }

        return sentence.At(head) is { Entry: not null };
    }

    /// <summary>
    /// One past the name's last word from <paramref name="k"/>: capitalized words, and the English function words
    /// <c>of</c>, <c>for</c>, <c>on</c>, <c>and</c>, <c>the</c>, <c>in</c> before one; a tagged person after the head
    /// (an analyst named without a comma) ends it.
    /// </summary>
    private static int Tail(SentenceMentions sentence, int k)
    {
        var tokens = sentence.Tokens;
        while (k < tokens.Count && sentence.At(k) is not { Type: EntityType.Person })
        {
            if (char.IsUpper(tokens[k][0]))
            {
                k++;
            }
            else if (tokens[k] is "of" or "for" or "on" or "and" or "the" or "in" && k + 1 < tokens.Count && char.IsUpper(tokens[k + 1][0]) &&
                     sentence.At(k + 1) is not { Type: EntityType.Person })
            {
                k += 2;
            }
            else
            {
                break;
            }
        }

        return k;
    }
}
