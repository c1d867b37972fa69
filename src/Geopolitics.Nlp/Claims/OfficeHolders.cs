using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The persons an article introduces with an office title (<c>Menteri Pertahanan Sjafrie Sjamsoeddin</c>, <c>Panglima
/// TNI Jenderal Agus Subiyanto</c>), so that a bare title as speaker (<c>Menhan</c>, <c>Panglima TNI</c>, <c>Menlu
/// RI</c>) refers to the holder of the same office and of the same country, never to whoever was named last.
/// </summary>
/// <remarks>
/// Titles compare by their words with short forms expanded and ranks left out (<see cref="OfficeTitles"/>), an
/// organization by its canonical name and a country apart: <c>Menlu RI</c> is the foreign minister of Indonesia, and a
/// title without a country in the Indonesian press is Indonesia's own.
/// </remarks>
internal sealed class OfficeHolders(ClaimContext ctx, ArticleMentions mentions)
{
    private const int TitleSearchWindow = 20_000;
    private const int MaxTitleTokens = 12;

    // The gazetteer's canonical name of the country whose press the library reads: its offices go without a country.
    private const string HomeCountry = "Indonesia";

    private List<Holder>? _holders;

    private readonly record struct Holder(int Start, string Person, string Office, string? Country);

    private readonly record struct Office(string Title, string? Country);

    /// <summary>
    /// The person introduced before <paramref name="speaker"/> with the office it names, or null. With a country in the
    /// title only a holder of that country's office; without one, <paramref name="current"/> (the speaker going on) if
    /// it holds the office, else the latest holder of Indonesia's office, else the latest of any.
    /// </summary>
    public string? HolderOf(TextSpan speaker, string? current)
    {
        var first = ctx.TokenAtOrAfter(speaker.Start);
        var end = ctx.TokenAtOrAfter(speaker.End);
        if (mentions.IsEmpty || Offices(first, end).FirstOrDefault() is not { Title.Length: > 0 } office)
        {
            return null;
        }

        var holders = Holders();
        string? home = null;
        string? any = null;
        for (var i = LastBefore(holders, speaker.Start); i >= 0 && holders[i].Start >= speaker.Start - TitleSearchWindow; i--)
        {
            var holder = holders[i];
            if (holder.Office != office.Title)
            {
                continue;
            }

            if (office.Country is { } country)
            {
                if (holder.Country == country || (holder.Country is null && country == HomeCountry))
                {
                    return holder.Person;
                }

                continue;
            }

            if (holder.Person == current)
            {
                return current;
            }

            if (holder.Country is null or HomeCountry)
            {
                home ??= holder.Person;
            }

            any ??= holder.Person;
        }

        return home ?? any;
    }

    /// <summary>
    /// Whether the text names <paramref name="person"/> before <paramref name="before"/> only without a title, so that a
    /// bare title may go on with them as the current speaker (<c>Prabowo mengatakan …. "…," ujar Kepala Negara</c>); a
    /// person introduced with some other office holds that one (<c>Presiden Prabowo …. Kapolri mengatakan …</c>).
    /// </summary>
    public bool HoldsNoTitle(string person, int before)
    {
        var holders = Holders();
        for (var i = LastBefore(holders, before); i >= 0 && holders[i].Start >= before - TitleSearchWindow; i--)
        {
            if (holders[i].Person == person)
            {
                return false;
            }
        }

        return true;
    }

    // The index of the last holder named before `offset`, or -1 (a binary search: the holders are in text order).
    private static int LastBefore(List<Holder> holders, int offset)
    {
        int lo = 0, hi = holders.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (holders[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo - 1;
    }

    // Every person mention with the offices written right before it, in text order; read once per article.
    private List<Holder> Holders()
    {
        if (_holders is not null)
        {
            return _holders;
        }

        _holders = [];
        foreach (var person in mentions.All)
        {
            if (person.Type != EntityType.Person)
            {
                continue;
            }

            var end = ctx.TokenAtOrAfter(person.Start);
            foreach (var office in Offices(TitleStart(end), end))
            {
                _holders.Add(new Holder(person.Start, person.Canonical, office.Title, office.Country));
            }
        }

        return _holders;
    }

    // The first token of the title phrase that ends before token `end`: title words, ranks, capitalized words and
    // mentions of places and organizations in the same sentence, from the first title word on.
    private int TitleStart(int end)
    {
        var sentenceStart = end < ctx.Tokens.Length ? ctx.SentenceOf(end).FirstToken : 0;
        var k = end - 1;
        var start = end;
        while (k >= sentenceStart && end - k <= MaxTitleTokens)
        {
            if (mentions.Overlapping(ctx.Tokens[k].Span).FirstOrDefault() is { } mention)
            {
                if (mention.Type == EntityType.Person)
                {
                    break;
                }

                k = Math.Min(k, ctx.TokenAtOrAfter(mention.Start)) - 1; // always a step back, whatever the offsets
                continue;
            }

            if (!ctx.IsCapitalized(k) && !IsTitleWord(k) && !ctx.IsMark(k, '/') && !ctx.IsMark(k, '(') && !ctx.IsMark(k, ')') &&
                !(ctx.IsMark(k, '.') && ctx.IsWord(k - 1)))
            {
                break;
            }

            if (ctx.Is(k, SpeakerWordRole.Title) || ctx.Lexicon.OfficeTitles.IsShortForm(ctx.Tokens[k].AsSpan()))
            {
                start = k; // the leftmost title word so far: capitalized words before it (`Sementara`) are not the title
            }

            k--;
        }

        return start;
    }

    // The offices the tokens [first, end) name, one per `/`-separated part (`Menteri P2MI/Kepala BP2MI`).
    private IEnumerable<Office> Offices(int first, int end)
    {
        var segment = first;
        for (var t = first; t <= end; t++)
        {
            if (t == end || ctx.IsMark(t, '/'))
            {
                if (OfficeOf(segment, t) is { } office)
                {
                    yield return office;
                }

                segment = t + 1;
            }
        }
    }

    // The title words of [first, end) with short forms expanded, ranks, bracketed abbreviations (`(Menlu)`) and
    // punctuation left out, organizations by their canonical names; the place in it is its country.
    private Office? OfficeOf(int first, int end)
    {
        var titles = ctx.Lexicon.OfficeTitles;
        var words = new List<string>();
        string? country = null;
        var afterRank = false;
        for (var t = first; t < end; t++)
        {
            if (mentions.Overlapping(ctx.Tokens[t].Span).FirstOrDefault() is { } mention)
            {
                var lower = mention.Text.ToLowerInvariant();
                if (mention.Type is EntityType.Gpe or EntityType.Location)
                {
                    country ??= mention.Canonical;
                }
                else if (!(afterRank && titles.IsRank(lower)))
                {
                    words.Add(mention.Canonical.ToLowerInvariant()); // `TNI` after a rank (`Jenderal TNI`) belongs to the rank
                }

                afterRank = false;
                t = Math.Max(t, ctx.TokenAtOrAfter(mention.End) - 1);
                continue;
            }

            if (ctx.IsMark(t, '('))
            {
                while (t + 1 < end && !ctx.IsMark(t, ')'))
                {
                    t++;
                }

                continue;
            }

            if (!ctx.IsWord(t))
            {
                continue;
            }

            var word = Lower(t);
            if (words.Count > 0 && titles.IsRank(word))
            {
                afterRank = true;
                continue;
            }

            afterRank = false;
            words.Add(titles.Expand(word));
        }

        // A whole title may have another name too (`Kepala Negara` for `Presiden`).
        return words.Count == 0 ? null : new Office(titles.Expand(string.Join(' ', words)), country);
    }

    /// <summary>Whether the phrase is a listed office and nothing more (<c>Menteri Pertahanan</c>, <c>Menhan RI</c>).</summary>
    public bool NamesOfficeOnly(TextSpan phrase) =>
        Offices(ctx.TokenAtOrAfter(phrase.Start), ctx.TokenAtOrAfter(phrase.End)).FirstOrDefault() is { Title.Length: > 0 } office &&
        ctx.Lexicon.OfficeTitles.IsOffice(office.Title);

    private bool IsTitleWord(int t) => ctx.IsWord(t) && (ctx.Is(t, SpeakerWordRole.Title) || ctx.Lexicon.OfficeTitles.IsTitleWord(ctx.Tokens[t].AsSpan()));

    private string Lower(int t) => ctx.Tokens[t].AsSpan().ToString().ToLowerInvariant();
}
