namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Bylines and credits: the capitalized name after a byline cue (<c>LAPORAN: NAMA LENGKAP</c>, <c>Redaktur &amp;
/// Reporter : M. Nama</c>, <c>Foto: NAMA / AFP</c>) is a PERSON, in capitals too, and a known outlet in the credit is an
/// ORGANIZATION; a line that is only a reporter's initials in parentheses (<c>(ABC)</c>, <c>(ABC/DEF)</c>) names nobody.
/// </summary>
internal sealed class BylinePass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        if (IsInitialsLine(tokens))
        {
            sentence.Mentions.RemoveAll(m => m.Entry is null); // (AFP) alone is still the agency
            return;
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            if (!char.IsUpper(tokens[k][0]) || !words.IsBylineCue(tokens[k]))
            {
                continue;
            }

            // Cues may be joined (Redaktur & Reporter :); a colon or a dash ends them.
            var at = k + 1;
            while (at < tokens.Count && (tokens[at] is "&" or "dan" or "/" || words.IsBylineCue(tokens[at])))
            {
                at++;
            }

            if (at >= tokens.Count || tokens[at] is not (":" or "-"))
            {
                continue;
            }

            k = Credits(sentence, at + 1) - 1;
        }
    }

    /// <summary>Marks the names separated by <c>/</c>, <c>,</c> or <c>|</c> from <paramref name="start"/>; returns where they end.</summary>
    private int Credits(SentenceMentions sentence, int start)
    {
        var tokens = sentence.Tokens;
        var k = start;
        while (k < tokens.Count)
        {
            var end = k;
            while (end < tokens.Count && IsNameWord(tokens[end]) && !(end == k && words.IsTitle(tokens[end])))
            {
                end++;
            }

            if (end == k)
            {
                return k;
            }

            var known = gazetteer.Match(tokens, k, out var entry) == end - k ? entry : null;
            if (known is not null)
            {
                Replace(sentence, new Mention(k, end, known.Type, known));
            }
            else if (end - k <= 5 && !words.IsNonEntity(sentence, k, end - k))
            {
                Replace(sentence, new Mention(k, end, EntityType.Person, null));
            }

            if (end < tokens.Count && tokens[end] is "/" or "," or "|")
            {
                k = end + 1;
                continue;
            }

            return end;
        }

        return k;
    }

    // A capitalized word or an initial (M.), not a byline cue or a handle; a credit opened by a title (Foto: Presiden …)
    // is a caption, not a name.
    private bool IsNameWord(string token) =>
        token.Length > 0 && char.IsUpper(token[0]) && !words.IsBylineCue(token) && token.AsSpan().IndexOfAny('@', ':') < 0;

    private static bool IsInitialsLine(SentenceWords tokens)
    {
        if (tokens.Count < 3 || tokens[0] != "(" || tokens[^1] != ")")
        {
            return false;
        }

        for (var k = 1; k < tokens.Count - 1; k++)
        {
            var t = tokens[k];
            if (t != "/" && !(t.Length is >= 2 and <= 5 && t.All(char.IsLetter)))
            {
                return false;
            }
        }

        return true;
    }

    private static void Replace(SentenceMentions sentence, Mention mention)
    {
        sentence.RemoveOverlapping(mention);
        sentence.Insert(mention);
    }
}
