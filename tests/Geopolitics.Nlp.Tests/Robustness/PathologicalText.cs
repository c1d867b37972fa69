using System.Text;

namespace Geopolitics.Nlp.Robustness;

/// <summary>
/// Generators of adversarial article texts: junk a scraper may hand over (punctuation soup, text without sentence
/// punctuation, runs of quotes and brackets) and well-formed text that stresses document-level work (thousands of
/// distinct names, acronym definitions, attributions). Each pattern is deterministic for a given length. Shared by the
/// growth tests and the pathological-input benchmark (linked into benchmarks/).
/// </summary>
internal static class PathologicalText
{
    /// <summary>The pattern names, in the order the benchmark and the README list them.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "punctuation-mix", "lower-words", "capitalized-words", "names", "curly-quotes-nested", "straight-quotes",
        "?!-runs", "ellipsis-runs", "open-brackets", "open-curly-quote", "menurut-repeated", "menurut-distinct-names",
        "acronym-definitions", "random-unicode", "long-tokens", "deep-brackets", "repeated-titles", "repeated-dates",
        "kata-repeated", "cr-only-news", "quote-per-word", "one-paragraph-claims", "quote-distinct-speakers",
        "title-distinct-names", "distinct-acronyms", "datelines", "bylines", "photo-credits", "short-lines",
        "whitespace-only", "zero-width", "hyphen-chain", "urls", "numbers",
    ];

    private static readonly string[] LowerWords =
    [
        "dan", "yang", "untuk", "dengan", "dalam", "kerja", "sama", "negara", "pemerintah", "bahwa", "akan", "telah",
        "tidak", "itu", "ini", "pada", "dari", "kepada", "oleh", "sebagai", "hubungan", "bilateral", "keamanan",
    ];

    private static readonly string[] CapitalizedWords =
    [
        "Presiden", "Menteri", "Luar", "Negeri", "Rusia", "Korea", "Utara", "Jakarta", "Kementerian", "Pertahanan",
        "Amerika", "Serikat", "Dewan", "Keamanan", "Perserikatan", "Bangsa", "Bangsa", "Uni", "Eropa", "Selatan",
    ];

    private static readonly string[] Names2 =
    [
        "Sergey Lavrov", "Kim Jong-un", "Vladimir Putin", "Retno Marsudi", "Choe Son Hui", "Joko Widodo", "Antony Blinken",
        "Wang Yi", "Sugiono", "Prabowo Subianto", "Dmitry Peskov", "Xi Jinping",
    ];

    private static readonly string[] Syllables =
    [
        "ba", "ri", "to", "ka", "su", "de", "wi", "no", "la", "ma", "ha", "ti", "ra", "ng", "jo", "pu", "se", "yo",
    ];

    /// <summary>Builds <paramref name="length"/> characters (about) of the named pattern.</summary>
    public static string Build(string name, int length)
    {
        var random = new Random(StableHash(name));
        var builder = new StringBuilder(length + 256);
        var i = 0;
        while (builder.Length < length)
        {
            Append(builder, name, random, i++);
        }

        return builder.ToString();
    }

    /// <summary>Real news: the given articles joined by blank lines and repeated to <paramref name="length"/>.</summary>
    public static string RepeatNews(IReadOnlyList<string> articles, int length)
    {
        var all = string.Join("\n\n", articles);
        var builder = new StringBuilder(length + all.Length);
        while (builder.Length < length)
        {
            builder.Append(all).Append("\n\n");
        }

        return builder.ToString();
    }

    private static void Append(StringBuilder b, string name, Random r, int i)
    {
        switch (name)
        {
            case "punctuation-mix":
                const string marks = ".,;:!?\"'()\u2026";
                b.Append(marks[r.Next(marks.Length)]);
                if (r.Next(4) == 0)
                {
                    b.Append(' ');
                }

                break;
            case "lower-words":
                b.Append(LowerWords[r.Next(LowerWords.Length)]).Append(' ');
                break;
            case "capitalized-words":
                b.Append(CapitalizedWords[r.Next(CapitalizedWords.Length)]).Append(' ');
                break;
            case "names":
                b.Append(Names2[r.Next(Names2.Length)]).Append(' ');
                break;
            case "curly-quotes-nested":
                var depth = 1 + r.Next(4);
                b.Append('\u201C', depth).Append("Kami siap bekerja sama").Append('\u201D', depth).Append(' ');
                break;
            case "straight-quotes":
                b.Append("\"\"\"Kami siap ").Append(LowerWords[r.Next(LowerWords.Length)]).Append(' ');
                break;
            case "?!-runs":
                b.Append("?!?!?!?!?! ");
                break;
            case "ellipsis-runs":
                b.Append("\u2026\u2026\u2026\u2026 ");
                break;
            case "open-brackets":
                b.Append("((((( ");
                break;
            case "open-curly-quote":
                b.Append('\u201C').Append(LowerWords[r.Next(LowerWords.Length)]).Append(' ');
                break;
            case "menurut-repeated":
                b.Append("menurut ").Append(Names2[r.Next(Names2.Length)]).Append(' ')
                    .Append(LowerWords[r.Next(LowerWords.Length)]).Append(' ');
                break;
            case "menurut-distinct-names":
                b.Append("Menurut Bapak ").Append(DistinctName(i)).Append(", situasi aman.\n");
                break;
            case "acronym-definitions":
                var words = 2 + r.Next(2);
                var acronym = new StringBuilder();
                for (var w = 0; w < words; w++)
                {
                    var word = Capitalize(DistinctWord(i * 7 + w));
                    acronym.Append(word[0]);
                    b.Append(word).Append(' ');
                }

                b.Append('(').Append(acronym).Append(") dan ");
                break;
            case "random-unicode":
                var c = (char)r.Next(0, 0x10000);
                b.Append(c);
                break;
            case "long-tokens":
                b.Append(new string((char)('a' + r.Next(26)), 100 + r.Next(1500))).Append(' ');
                break;
            case "deep-brackets":
                b.Append(r.Next(2) == 0 ? "([{\u201C" : "Rusia ");
                break;
            case "repeated-titles":
                b.Append("Menteri Luar Negeri Presiden Wakil Ketua Jenderal Duta Besar ");
                break;
            case "repeated-dates":
                b.Append("1/1/2020 Rabu (3/9) 13 hingga 15 Juli ");
                break;
            case "kata-repeated":
                b.Append("kata ").Append(Names2[r.Next(Names2.Length)]).Append(' ');
                break;
            case "cr-only-news":
                b.Append("Menurut Menteri Luar Negeri Retno Marsudi, Indonesia siap.\r\u201CKami siap,\u201D ujar Retno.\r\r");
                break;
            case "quote-per-word":
                b.Append(r.Next(3) == 0 ? "\u201D " : "\u201C").Append(LowerWords[r.Next(LowerWords.Length)]).Append(' ');
                break;
            case "one-paragraph-claims":
                b.Append("Menurut Dewi, harga naik. \u201CKami siap bekerja sama,\u201D ujarnya. Ia mengatakan bahwa ekspor mungkin turun. ");
                break;
            case "quote-distinct-speakers":
                b.Append("\u201CKami siap bekerja sama,\u201D kata ").Append(DistinctName(i)).Append(". ");
                break;
            case "title-distinct-names":
                b.Append("Menteri Luar Negeri ").Append(Capitalize(DistinctWord(i + 7))).Append(' ').Append(DistinctName(i))
                    .Append(" mengatakan bahwa hubungan baik. ");
                break;
            case "distinct-acronyms":
                var first = Capitalize(DistinctWord(i));
                var second = Capitalize(DistinctWord(i + 5));
                b.Append("Badan ").Append(first).Append(' ').Append(second).Append(" (").Append(first[0]).Append(second[0])
                    .Append(") menyatakan ").Append(first[0]).Append(second[0]).Append(" siap. ");
                break;
            case "datelines":
                b.Append("JAKARTA, KOMPAS.com - ").Append(DistinctName(i)).Append(" tiba.\n");
                break;
            case "bylines":
                b.Append("Reporter: ").Append(DistinctName(i)).Append(" | Editor: ").Append(DistinctName(i + 7)).Append(" | 14:05 WIB\n");
                break;
            case "photo-credits":
                b.Append("(Foto: Reuters/").Append(DistinctName(i)).Append(") ");
                break;
            case "short-lines":
                b.Append(Capitalize(DistinctWord(i))).Append(' ').Append(Capitalize(DistinctWord(i + 1))).Append('\n');
                break;
            case "whitespace-only":
                b.Append(r.Next(3) switch { 0 => "\n", 1 => "\r\n", _ => " \t " });
                break;
            case "zero-width":
                b.Append("Ru\u200Bsia\u200D \u00AD\uFEFF ");
                break;
            case "hyphen-chain":
                b.Append(Capitalize(DistinctWord(i))).Append('-');
                break;
            case "urls":
                b.Append("https://www.").Append(DistinctWord(i)).Append(".com/berita/").Append(i).Append("?a=b&c=d ");
                break;
            case "numbers":
                b.Append(r.Next(10_000)).Append(r.Next(4) == 0 ? ". " : " ");
                break;
            default:
                throw new ArgumentException("Unknown pattern " + name, nameof(name));
        }
    }

    /// <summary>A distinct two-word person-like name for every index (Batori Kasude, …).</summary>
    public static string DistinctName(int i) => Capitalize(DistinctWord(i)) + " " + Capitalize(DistinctWord(i / 3 + 100_003));

    private static string DistinctWord(int i)
    {
        var s = new StringBuilder();
        var n = i;
        do
        {
            s.Append(Syllables[n % Syllables.Length]);
            n /= Syllables.Length;
        }
        while (n > 0);
        if (s.Length < 4)
        {
            s.Append("to");
        }

        return s.ToString();
    }

    private static string Capitalize(string s) => char.ToUpperInvariant(s[0]) + s[1..];

    private static int StableHash(string s)
    {
        var h = 17;
        foreach (var c in s)
        {
            h = unchecked(h * 31 + c);
        }

        return h;
    }
}
