namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A sign-off line (<c>DANIEL A. FAJRI | ANTARA</c>, <c>ANDI ADAM FATURAHMAN | REUTERS | AL JAZEERA</c>): a line of its
/// own in capitals, its parts split by <c>|</c>, one of them a known outlet, names the reporters and the sources the
/// article draws on. Every part that is not a known name is a reporter, a PERSON in capitals (ANNOTATION.md, bylines).
/// </summary>
internal sealed class SignOffPass(Gazetteer gazetteer) : IMentionPass
{
    private const int MaxNameWords = 5;

    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            if (IsSignOff(sentence) && sentence.IsWholeLine(document.Text))
            {
                MarkReporters(sentence);
            }
        }
    }

    private bool IsSignOff(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var bars = 0;
        var outlet = false;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t == "|")
            {
                bars++;
            }
            else if (t != "." && !IsCapitalsWord(t))
            {
                return false;
            }
            else if (gazetteer.Match(tokens, k, out var entry) is var n && n > 0 && entry.Type == EntityType.Organization &&
                     (k + n == tokens.Count || tokens[k + n] == "|") && (k == 0 || tokens[k - 1] == "|"))
            {
                outlet = true;
            }
        }

        return bars > 0 && outlet;
    }

    private void MarkReporters(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var first = 0; first < tokens.Count;)
        {
            var end = first;
            while (end < tokens.Count && tokens[end] != "|")
            {
                end++;
            }

            var known = gazetteer.Match(tokens, first, out _) == end - first;
            if (!known && end - first is > 1 and <= MaxNameWords)
            {
                var reporter = new Mention(first, end, EntityType.Person, null) { IsCredit = true };
                sentence.Put(reporter);
            }

            first = end + 1;
        }
    }

    // DANIEL, A (of A.), AL-JAZEERA: letters (and a hyphen or apostrophe) with no lower case.
    private static bool IsCapitalsWord(string token)
    {
        var letter = false;
        foreach (var c in token)
        {
            if (char.IsLower(c) || !(char.IsLetter(c) || c is '-' or '\'' or '.'))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }
}
