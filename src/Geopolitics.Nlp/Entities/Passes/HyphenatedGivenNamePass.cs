namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A Chinese, Taiwanese or Korean family name before a hyphenated given name (<c>Lai Ching-te</c>, <c>Tsai Ing-wen</c>,
/// <c>Su Tzu-yun</c>) is one PERSON wherever it stands: after a title (<c>Presiden Lai Ching-te dilantik</c>), in a
/// title-case headline (<c>Pelantikan Lai Ching-te</c>, where the headline word before it is no part of the name),
/// or before a comma. The tagger finds such names only next to a reporting verb, as their syllables are rare words.
/// The person's later lone family name (<c>Lai</c>) is found by <see cref="PersonNamePartPass"/>.
/// </summary>
internal sealed class HyphenatedGivenNamePass(EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence) => Run(sentence, caseless: false);

    public override void Run(SentenceMentions sentence, bool caseless)
    {
        if (caseless)
        {
            return; // capitals are what tell the name here
        }

        var tokens = sentence.Tokens;
        for (var k = 0; k + 1 < sentence.Count; k++)
        {
            if (!IsFamilyName(tokens[k]) || !IsHyphenatedGivenName(tokens[k + 1]) || sentence.Bounds[k].End == sentence.Bounds[k + 1].Start)
            {
                continue;
            }

            // The name is these two words: a headline noun before it (`Pelantikan`) or a verb after it is no part of it,
            // and another type read over them (`Presiden Lai` as an organization) yields; a known name stays as it is.
            if (sentence.Exactly(k, k + 2) is not { } same)
            {
                sentence.Put(new Mention(k, k + 2, EntityType.Person, null));
            }
            else if (same.Entry is null)
            {
                same.Type = EntityType.Person;
            }

            k++;
        }
    }

    private bool IsFamilyName(string token) =>
        token.Length is >= 2 and <= 6 && char.IsUpper(token[0]) && !token.AsSpan(1).ContainsAnyExceptInRange('a', 'z') && words.IsEastAsianSurname(token);

    // `Ching-te`, `Ing-wen`, `Jong-un`: a capitalized syllable, a hyphen and a small syllable; not a reduplication
    // (`Negara-negara`, `Sayur-mayur`) nor a word with a clitic (`Beliau-lah`).
    private static bool IsHyphenatedGivenName(string token)
    {
        var hyphen = token.IndexOf('-');
        if (hyphen < 2 || hyphen > 6 || token.Length - hyphen - 1 is < 1 or > 6 || !char.IsUpper(token[0]))
        {
            return false;
        }

        var head = token.AsSpan(1, hyphen - 1);
        var tail = token.AsSpan(hyphen + 1);
        if (head.ContainsAnyExceptInRange('a', 'z') || tail.ContainsAnyExceptInRange('a', 'z'))
        {
            return false;
        }

        var whole = token.AsSpan(0, hyphen);
        return !whole.Equals(tail, StringComparison.OrdinalIgnoreCase) && !Rhymes(whole, tail) &&
               tail is not ("nya" or "lah" or "kah" or "pun" or "ku" or "mu" or "an" or "kan" or "i");
    }

    // `Sayur-mayur`, `Lauk-pauk`: the second half repeats the first's ending.
    private static bool Rhymes(ReadOnlySpan<char> head, ReadOnlySpan<char> tail) =>
        head.Length >= 3 && tail.Length >= 3 && head[^3..].Equals(tail[^3..], StringComparison.OrdinalIgnoreCase);
}
