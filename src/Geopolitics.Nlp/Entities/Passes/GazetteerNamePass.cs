namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Adds the gazetteer's names (longest match, capitalized or camel-cased like <c>iNews</c>) that the tagger missed; a tagged place made only of
/// gazetteer names (<c>Rusia-RDRK</c>) is split into them, but a longer tagged name keeps a name inside it. A person's
/// curated short form (<c>Lavrov</c>) alone is that person.
/// </summary>
internal sealed class GazetteerNamePass(Gazetteer gazetteer) : SentencePass
{
    public override void Run(SentenceMentions sentence) => Run(sentence, caseless: false);

    // `dihubungi detikcom`, `kepada kumparan`: an outlet whose own name is written in lower case is found as written.
    private bool IsLowerCaseBrand(string token, out GazetteerEntry entry) =>
        gazetteer.TryGetLowerCaseName(token, out entry) && entry.Type == EntityType.Organization;

    public override void Run(SentenceMentions sentence, bool caseless)
    {
        var tokens = sentence.NameTokens;
        for (var i = 0; i < tokens.Count;)
        {
            GazetteerEntry entry = null!;
            var len = char.IsUpper(tokens[i][0]) || NameShape.IsCamelCase(tokens[i]) ? gazetteer.Match(tokens, i, out entry) :
                IsLowerCaseBrand(tokens[i], out entry) ? 1 : 0;
            if (len == 0 || (!caseless && HasLowerCaseWord(tokens, i + 1, i + len)))
            {
                // `Kantor berita IRNA`: the gazetteer matches regardless of case, but only `Kantor Berita IRNA` is the name.
                i++;
                continue;
            }

            var holder = sentence.Holder(i, i + len);
            if (holder is null || OnlyNames(tokens, holder))
            {
                sentence.Merge(new Mention(i, i + len, entry.Type, entry), authoritative: false);
            }

            i += len;
        }

        TakeDesignations(sentence);

        // `Lavrov tiba di Beijing`, `Menurut Lavrov, …`: a curated short form (people.tsv, safe to match alone) is the
        // person, where the tagger found nothing or guessed another kind for the one word.
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || !gazetteer.TryGetShortForm(tokens[k], out _))
            {
                continue;
            }

            if (sentence.At(k) is not { } at)
            {
                sentence.Insert(new Mention(k, k + 1, EntityType.Person, null));
            }
            else if (at.Length == 1 && at.Entry is null && at.Type != EntityType.Person)
            {
                at.Type = EntityType.Person;
            }
        }
    }

    /// <summary>
    /// <c>Kontingen Garuda XXIII-R</c>, <c>Konga XXXIX-F</c>: a known organization followed by a unit's designation (a
    /// Roman numeral, with a lettered suffix or of two letters and more) is that unit, the designation in its name
    /// (ANNOTATION.md: organizations keep their ordinal parts).
    /// </summary>
    private static void TakeDesignations(SentenceMentions sentence)
    {
        var tokens = sentence.NameTokens;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            if (m.Type != EntityType.Organization || m.Entry is null || m.End >= tokens.Count || !IsDesignation(tokens[m.End]))
            {
                continue;
            }

            var designation = m.End;
            sentence.Mentions.RemoveAll(o => o != m && o.Covers(designation));
            (m.End, m.Entry) = (designation + 1, null);
        }
    }

    // `XXIII-R`, `XXXIX-F`, `XXIII`: a Roman numeral of two letters or more, or one with a hyphen and one or two capitals
    // or digits after it (the first a capital).
    private static bool IsDesignation(string token)
    {
        var hyphen = token.IndexOf('-', StringComparison.Ordinal);
        var numeral = hyphen < 0 ? token.AsSpan() : token.AsSpan(0, hyphen);
        if (numeral.Length < (hyphen < 0 ? 2 : 1) || numeral.IndexOfAnyExcept("IVXLC") >= 0)
        {
            return false;
        }

        var suffix = hyphen < 0 ? [] : token.AsSpan(hyphen + 1);
        return hyphen < 0 || (suffix.Length is 1 or 2 && char.IsAsciiLetterUpper(suffix[0]) && (suffix.Length == 1 || char.IsAsciiLetterUpper(suffix[1]) || char.IsAsciiDigit(suffix[1])));
    }

    /// <summary>
    /// Whether a tagged span is made only of gazetteer names and joiners (<c>Rusia - RDRK</c>), so that it splits into
    /// them; a longer name that holds a known place (<c>Kecamatan Batam Kota</c>, <c>SMAN 21 Medan</c>) stays whole.
    /// </summary>
    private bool OnlyNames(SentenceWords tokens, Mention holder)
    {
        for (var k = holder.First; k < holder.End;)
        {
            var len = gazetteer.Match(tokens, k, out _);
            if (len > 0 && k + len <= holder.End)
            {
                k += len;
            }
            else if (tokens[k] is "-" or "dan" or "," or "/" or "&")
            {
                k++;
            }
            else
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasLowerCaseWord(SentenceWords tokens, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (NameShape.IsLowerCaseWord(tokens[k]))
            {
                return true;
            }
        }

        return false;
    }
}
