using System.Text;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// A spelling-insensitive key for names across articles: diacritics folded (<c>Sergueï</c> → <c>sergui</c>),
/// case and punctuation dropped, and the usual alternations of Korean, Russian and Arabic romanizations merged
/// (oe/oi → o, ee/ui → i, sh/ch → s, c → s, y → i, kh → k, double letters → one), so <c>Choi Son-hee</c> and
/// <c>Choe Son Hui</c>, <c>Sergei</c> and <c>Sergey</c>, <c>Zelensky</c> and <c>Zelenskyy</c> share a key.
/// </summary>
internal static class NameKey
{
    // Latin letters with diacritics and their base letter (Latin-1 Supplement and Latin Extended-A): the runtime
    // runs with invariant globalization, where string.Normalize does not decompose.
    private const string Accented = "ÀÁÂÃÄÅàáâãäåĀāĂăĄąÇçĆćĈĉĊċČčĎďĐđÈÉÊËèéêëĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħÌÍÎÏìíîïĨĩĪīĬĭĮįİıĴĵĶķĹĺĻļĽľĿŀŁłÑñŃńŅņŇňÒÓÔÕÖØòóôõöøŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧÙÚÛÜùúûüŨũŪūŬŭŮůŰűŲųŴŵÝýÿŶŷŸŹźŻżŽž";
    private const string Plain = "AAAAAAaaaaaaAaAaAaCcCcCcCcCcDdDdEEEEeeeeEeEeEeEeEeGgGgGgGgHhHhIIIIiiiiIiIiIiIiIiJjKkLlLlLlLlLlNnNnNnNnOOOOOOooooooOoOoOoRrRrRrSsSsSsSsTtTtTtUUUUuuuuUuUuUuUuUuUuWwYyyYyYZzZzZz";

    /// <summary>The key of a whole name: its words' keys joined by single spaces.</summary>
    public static string Of(string name) => string.Join(' ', Words(name));

    /// <summary>The keys of the words of a name, split at spaces and hyphens.</summary>
    public static List<string> Words(string name)
    {
        var words = new List<string>();
        foreach (var part in name.Split([' ', '-', '\u2010', '\u2011', '\u00a0'], StringSplitOptions.RemoveEmptyEntries))
        {
            var key = Word(part);
            if (key.Length > 0)
            {
                words.Add(key);
            }
        }

        return words;
    }

    /// <summary>The key of one word.</summary>
    public static string Word(string word)
    {
        var letters = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var at = Accented.IndexOf(c, StringComparison.Ordinal);
            var plain = at < 0 ? c : Plain[at];
            if (char.IsLetterOrDigit(plain))
            {
                letters.Append(char.ToLowerInvariant(plain));
            }
        }

        var s = letters.ToString()
            .Replace("oe", "o", StringComparison.Ordinal).Replace("oi", "o", StringComparison.Ordinal)
            .Replace("ee", "i", StringComparison.Ordinal).Replace("ui", "i", StringComparison.Ordinal)
            .Replace("sh", "s", StringComparison.Ordinal).Replace("ch", "s", StringComparison.Ordinal)
            .Replace("kh", "k", StringComparison.Ordinal).Replace('c', 's').Replace('y', 'i');
        var result = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (result.Length == 0 || result[^1] != c)
            {
                result.Append(c);
            }
        }

        return result.ToString();
    }
}
