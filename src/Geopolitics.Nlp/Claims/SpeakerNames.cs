using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Reads speaker phrases beyond plain names: a person's name inside a phrase the entity stage tagged as one organization
/// (<c>Wakil Ketua Umum Partai Demokrat Nurhayati Ali Assegaf</c>), and descriptions that refer back.
/// </summary>
internal static class SpeakerNames
{
    private const int MaxPostTitleWords = 4;
    private const int MaxAppositionNameTokens = 4;

    /// <summary>
    /// The person-like name at the end of an organization mention (<c>Bank Sentral Malaysia Zeti Akhtar Aziz</c>): two
    /// or three capitalized words that are no acronym, title or organization word, after the organization's own words; not a place the
    /// entity stage names elsewhere. Null when there is none.
    /// </summary>
    public static string? NameEndingOrganization(ClaimContext ctx, IReadOnlySet<string> places, EntityMention mention)
    {
        if (mention.Type != EntityType.Organization)
        {
            return null;
        }

        var first = ctx.TokenAtOrAfter(mention.Start);
        var last = ctx.TokenAtOrAfter(mention.End) - 1;
        var k = last;
        while (k > first && last - k < 3 && IsNameWord(ctx, k))
        {
            k--;
        }

        // Right after the organization word that opens the mention, the words are its name (`Kepala Badan Intelijen Negara`).
        if (last - k < 2 || (last - k < 3 && IsNameWord(ctx, k)) || (k == first && ctx.Is(k, SpeakerWordRole.Organization)))
        {
            return null;
        }

        // An acronym in parentheses right after spells out the whole as the organization's name (`Kepala Staf Gabungan Korea
        // Selatan (JCS)`); so does a name that ends with a place named elsewhere.
        if (ctx.IsMark(last + 1, '(') && ctx.IsMark(last + 3, ')') && IsAcronym(ctx, last + 2))
        {
            return null;
        }

        for (var p = k + 1; p <= last; p++)
        {
            if (places.Contains(ctx.Text[ctx.Tokens[p].Start..ctx.Tokens[last].End]))
            {
                return null;
            }
        }

        return ctx.Text[ctx.Tokens[k + 1].Start..ctx.Tokens[last].End];
    }

    private static bool IsAcronym(ClaimContext ctx, int t)
    {
        if (!ctx.IsWord(t))
        {
            return false;
        }

        var word = ctx.Tokens[t].AsSpan();
        var upper = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            upper += char.IsUpper(c) ? 1 : 0;
        }

        return upper >= 2;
    }

    private static bool IsNameWord(ClaimContext ctx, int t)
    {
        if (!ctx.IsCapitalized(t) || ctx.Is(t, SpeakerWordRole.Title | SpeakerWordRole.Organization | SpeakerWordRole.Honorific))
        {
            return false;
        }

        var word = ctx.Tokens[t].AsSpan();
        foreach (var c in word[1..])
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false; // an acronym (`BI`, `DPR`)
    }

    /// <summary>
    /// Whether the speaker is a description that refers back (<c>Ketua DPR ini</c>, <c>politikus PDI-P itu</c>,
    /// <c>perempuan kelahiran Semarang itu</c>): a title, role noun or kind of person closed by a demonstrative.
    /// <c>Kementerian Luar Negeri negara ini</c> names its speaker, <c>laporan tersebut</c> (a document) refers to no
    /// person, and in <c>pejabat yang menangani kasus itu</c> the demonstrative closes the relative clause, not the
    /// description (<see cref="UnnamedSources.DemonstrativeClosesPhrase"/>).
    /// </summary>
    public static bool IsDescription(ClaimContext ctx, TextSpan speaker)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        var last = ctx.TokenAtOrAfter(speaker.End) - 1;
        return last > first && SourcePhraseReader.IsDemonstrative(ctx, last) && ctx.Is(first, SpeakerWordRole.Title | SpeakerWordRole.Generic) &&
               UnnamedSources.DemonstrativeClosesPhrase(ctx, first, last);
    }

    /// <summary>
    /// Where the phrase's last comma segment begins, looking back at most a short name's length from
    /// <paramref name="last"/> (<c>…, Rina Marlina</c>); the caller checks that a comma stands before it.
    /// </summary>
    public static int LastSegmentStart(ClaimContext ctx, int first, int last)
    {
        var k = last;
        while (k > first && last - k < MaxAppositionNameTokens && !ctx.IsMark(k - 1, ','))
        {
            k--;
        }

        return k;
    }

    /// <summary>
    /// The name in apposition to a lower-case description that opens the speaker phrase (<c>laporan stasiun televisi
    /// Israel, Channel 12</c> → <c>Channel 12</c>): the source the description describes, rather than a country inside
    /// it. Null unless the phrase's last comma segment is a short name (capitalized words and numbers) and its first
    /// word a common noun.
    /// </summary>
    public static TextSpan? NameAfterDescription(ClaimContext ctx, TextSpan speaker)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        var last = ctx.TokenAtOrAfter(speaker.End) - 1;
        if (last <= first || !ctx.IsWord(first) || ctx.IsCapitalized(first) || ctx.Is(first, SpeakerWordRole.Pronoun | SpeakerWordRole.Plural) ||
            HasCoordination(ctx, speaker, firstSegmentOnly: false))
        {
            return null;
        }

        var k = LastSegmentStart(ctx, first, last);
        if (!ctx.IsMark(k - 1, ',') || k - 1 <= first || !ctx.IsCapitalized(k))
        {
            return null;
        }

        for (var t = k + 1; t <= last; t++)
        {
            if (!ctx.IsCapitalized(t) && ctx.Tokens[t].Kind != Tokenization.TokenKind.Number)
            {
                return null;
            }
        }

        return ctx.Span(k, last);
    }

    // `Menteri Agraria dan Tata Ruang/Kepala BPN Nusron Wahid`: a `dan` inside the first title of a double post, which a
    // slash closes a few words on, joins no sources.
    private static bool InFirstPostTitle(ClaimContext ctx, int t, int end)
    {
        for (var k = t + 1; k < ctx.Tokens.Length && ctx.Tokens[k].End <= end && k - t <= MaxPostTitleWords; k++)
        {
            if (ctx.IsMark(k, '/') && ctx.Tokens[k - 1].End == ctx.Tokens[k].Start)
            {
                return true;
            }

            if (!ctx.IsCapitalized(k))
            {
                return false;
            }
        }

        return false;
    }

    // `AS, Jepang, dan Korea Selatan`: a list of sources. With firstSegmentOnly, a `dan` inside an apposition
    // (`pakar di Institut Ekonomi dan Hubungan Internasional`) does not count.
    /// <summary>Whether the speaker phrase lists several sources (<c>AS, Jepang, dan Korea Selatan</c>).</summary>
    public static bool HasCoordination(ClaimContext ctx, TextSpan speaker, bool firstSegmentOnly)
    {
        var inFirstSegment = true;
        for (var t = ctx.TokenAtOrAfter(speaker.Start); t < ctx.Tokens.Length && ctx.Tokens[t].End <= speaker.End; t++)
        {
            if (ctx.IsMark(t, ','))
            {
                inFirstSegment = false;
                if (ctx.IsWordText(t + 1, "dan") || ctx.IsWordText(t + 1, "serta"))
                {
                    return true;
                }
            }
            else if ((inFirstSegment || !firstSegmentOnly) && (ctx.IsWordText(t, "dan") || ctx.IsWordText(t, "serta") || ctx.IsWordText(t, "yaitu")) &&
                     !InFirstPostTitle(ctx, t, speaker.End))
            {
                return true;
            }
        }

        return false;
    }

    // `Putin dan Xi Jinping`: a `dan` or `serta` between two names joins two persons; one in a title before them (`Menteri
    // Haji dan Umrah RI Mochamad Irfan Yusuf atau Gus Irfan`) or an `atau`, `alias` between them names one person twice.
    /// <summary>Whether a <c>dan</c> or <c>serta</c> stands between offsets <paramref name="from"/> and <paramref name="to"/>.</summary>
    public static bool CoordinatedBetween(ClaimContext ctx, int from, int to)
    {
        for (var t = ctx.TokenAtOrAfter(from); t < ctx.Tokens.Length && ctx.Tokens[t].End <= to; t++)
        {
            if (ctx.IsWordText(t, "dan") || ctx.IsWordText(t, "serta"))
            {
                return true;
            }
        }

        return false;
    }
}
