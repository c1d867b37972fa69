namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Surname particles written in lower case (<c>Tyronne del Pino</c>, <c>David da Silva</c>, <c>Virgil van Dijk</c>,
/// <c>Marc-André ter Stegen</c>, <c>Majed al-Ansari</c>) belong to the person's name, which a tagger trained on Indonesian names often ends before
/// them: a person followed by one or two particles and a capitalized word no other mention holds runs on over them.
/// Indonesian prepositions (<c>di</c>, <c>ke</c>) are not particles, so <c>Budi di Jakarta</c> stays apart.
/// </summary>
internal sealed class NameParticlePass : SentencePass
{
    /// <summary>Lower-case particles of Portuguese, Spanish, Filipino, Italian, Dutch, German, French and Arabic-Malay names.</summary>
    private static readonly string[] Particles =
        ["da", "das", "do", "dos", "de", "del", "dela", "delos", "la", "los", "las", "della", "degli", "van", "von", "der", "den", "ter", "ten", "du", "bin", "binti"];

    /// <summary>The Arabic article and its forms assimilated to a following consonant.</summary>
    private static readonly string[] Articles = ["al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh"];

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            if (m.Type != EntityType.Person)
            {
                continue;
            }

            var k = m.End;
            if (k < tokens.Count && IsArticleName(tokens[k]) && sentence.At(k) is null)
            {
                m.End = k + 1; // `Majed al-Ansari`, `Abdel Fattah el-Sisi`: the article is written onto the name
                m.Entry = null;
                continue;
            }

            k = ParticlesEnd(tokens, m.End);
            if (k < 0)
            {
                continue;
            }

            var next = sentence.At(k);
            if (next is not null && (next.Type != EntityType.Person || next.First != k))
            {
                continue; // del Pino is not a place or an organization's beginning
            }

            var end = next?.End ?? k + 1;
            if (next is not null)
            {
                sentence.Mentions.Remove(next);
            }

            m.End = end;
            m.Entry = null;
        }
    }

    /// <summary>
    /// An Arabic name with its article in lower case and a hyphen (<c>al-Ansari</c>, <c>el-Sisi</c>, <c>ash-Shaibani</c>,
    /// with the article assimilated to the name's first consonant).
    /// </summary>
    internal static bool IsArticleName(string token)
    {
        var hyphen = token.IndexOf('-', StringComparison.Ordinal);
        return hyphen is >= 2 and <= 3 && hyphen + 2 < token.Length && char.IsUpper(token[hyphen + 1]) &&
               Array.IndexOf(Articles, token[..hyphen]) >= 0 && token.AsSpan(hyphen + 2).ContainsAnyInRange('a', 'z');
    }

    /// <summary>The Arabic article as it opens a sentence, capitalized (<c>Al</c> of <c>Al-Sharaa</c>, <c>El</c>).</summary>
    internal static bool IsCapitalizedArticle(string token)
    {
        if (token.Length is < 2 or > 3 || !char.IsUpper(token[0]) || !char.IsLower(token[1]))
        {
            return false; // `AS`, `RI`, `PBB`: acronyms, checked without a lower-cased copy
        }

        foreach (var article in Articles)
        {
            if (token.Equals(article, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The capitalized word after one or two particles from token <paramref name="k"/> (<c>von der | Leyen</c>), or -1
    /// when no particle and name follow.
    /// </summary>
    internal static int ParticlesEnd(SentenceWords tokens, int k)
    {
        var start = k;
        while (k < tokens.Count && k - start < 2 && IsParticle(tokens[k]))
        {
            k++;
        }

        return k == start || k >= tokens.Count || !NameShape.IsCapitalized(tokens[k]) || !tokens[k].AsSpan(1).ContainsAnyInRange('a', 'z') ? -1 : k;
    }

    /// <summary>A Spanish, Portuguese or Italian particle (<c>de</c>, <c>la</c>, <c>dos</c>), the kind Spanish place names share.</summary>
    internal static bool IsRomanceParticle(string token) => IsParticle(token) && token is not ("van" or "von" or "der" or "den" or "ter" or "ten" or "bin" or "binti");

    /// <summary>A lower-case surname particle (<c>da</c>, <c>del</c>, <c>van</c>).</summary>
    internal static bool IsParticle(string token) => Array.IndexOf(Particles, token) >= 0;
}
