using System.Text;

namespace Geopolitics.Nlp.Robustness;

/// <summary>
/// Damages article texts the way scrapers and adversaries do: chunks inserted, deleted, duplicated and swapped; quotes,
/// punctuation, control characters, lone surrogates and CRs injected; or whole articles generated from news-like
/// pieces. Driven by a list of numbers, so a property-test framework (or a fuzzer's bytes) controls every choice.
/// </summary>
internal static class ArticleMutator
{
    private static readonly string[] Injections =
    [
        "\u201C", "\u201D", "\"", "'", "\u2018", "\u2019", "\u201E", "\u00AB", "\u00BB", ".", "?!", "\u2026", "...", "(", ")",
        "[", "]", ",", ":", ";", "-", " - ", "\u2013", "\u2014", "\n", "\n\n", "\r", "\r\n", "\t", "\0", "\u0001", "\u001B[2J",
        "\u0085", "\u2028", "\u2029", "\u200B", "\u202E", "\uFEFF", "\uD800", "\uDC00", "\uD83D\uDE00", "\u00A0", " ",
        "ujarnya", "kata", "menurut", "Menurut", "mengatakan bahwa", "ia", "Presiden", "Menteri Luar Negeri", "(RI)",
        "Rabu (3/9)", "1/1/2020", "31/2/2024", "pukul 21.00 WIB", "kemarin", "ke-58", "Kim Jong-un", "PBB", "a", "A",
    ];

    private static readonly string[] Words =
    [
        "Presiden", "Joko", "Widodo", "Menteri", "Luar", "Negeri", "Retno", "Marsudi", "Rusia", "Korea", "Utara", "ASEAN",
        "KTT", "Jakarta", "kata", "ujarnya", "mengatakan", "bahwa", "menurut", "dan", "yang", "akan", "pada", "Rabu",
        "(3/9)", "2025", "September", "kemarin", "pekan", "depan", "kerja", "sama", "Kementerian", "Pertahanan", "Lavrov",
        "Sergey", "PBB", "Dewan", "Keamanan", "\u201C", "\u201D", "\"", ",", ".", "?", "!", ":", "(", ")", "-", "\n", "\n\n",
        "\r\n", "\r", "ia", "dia", "beliau", "Bapak", "Ibu", "Dr.", "Tn.", "dll.", "ke-47", "pukul", "21.00", "WIB",
    ];

    /// <summary>A mutation of <paramref name="article"/> chosen by <paramref name="genes"/>.</summary>
    public static string Mutate(string article, IReadOnlyList<int> genes)
    {
        var text = new StringBuilder(article);
        for (var g = 0; g + 3 < genes.Count; g += 4)
        {
            var kind = (uint)genes[g] % 6;
            var at = text.Length == 0 ? 0 : (int)((uint)genes[g + 1] % (uint)(text.Length + 1));
            var length = Math.Min((int)((uint)genes[g + 2] % 400), text.Length - at);
            var other = (uint)genes[g + 3];
            switch (kind)
            {
                case 0:
                    text.Insert(at, Injections[other % (uint)Injections.Length]);
                    break;
                case 1:
                    text.Remove(at, length);
                    break;
                case 2:
                    text.Insert(at, text.ToString(at, length));
                    break;
                case 3:
                    var to = text.Length == 0 ? 0 : (int)(other % (uint)text.Length);
                    var chunk = text.ToString(at, length);
                    text.Remove(at, length);
                    text.Insert(Math.Min(to, text.Length), chunk);
                    break;
                case 4:
                    text.Insert(at, new string(Injections[other % (uint)Injections.Length][0], 1 + (int)(other % 50)));
                    break;
                default:
                    text.Insert(at, (char)(other % 0x10000));
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>An article assembled from news-like words, punctuation and line breaks chosen by <paramref name="genes"/>.</summary>
    public static string Generate(IReadOnlyList<int> genes)
    {
        var text = new StringBuilder();
        foreach (var gene in genes)
        {
            var word = Words[(uint)gene % (uint)Words.Length];
            text.Append(word);
            if ((uint)gene / (uint)Words.Length % 4 != 0)
            {
                text.Append(' ');
            }
        }

        return text.ToString();
    }
}
