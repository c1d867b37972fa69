using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A byline without a cue: near the top of an article, a line that is only a name of two to four words, next to the
/// line that dates the article with a clock zone (<c>Dewi Lestari RAS</c> above <c>Selasa, 14 Maret 2023 | 10:15 WIB</c>,
/// <c>Hadi Saputra Wijaya</c> below <c>Kompas.com - 03/05/2021, 08:12 WIB</c>), is the reporter: one PERSON, in capitals
/// too (ANNOTATION.md), whatever the tagger made of it. A short headline next to the date line is not a name: one of
/// its words is a title, a head of another kind of name, a verb, a known name, or a word the article writes in lower case.
/// </summary>
internal sealed class BylineNameLinePass(Gazetteer gazetteer, EntityLexicon words) : IMentionPass
{
    private const int MaxLinesFromTop = 8;
    private const int MinWords = 2;
    private const int MaxWords = 4;

    public void Run(EntityDocument document)
    {
        var sentences = document.Sentences;
        var text = document.Text;
        for (var s = 0; s < sentences.Count && s < MaxLinesFromTop; s++)
        {
            var sentence = sentences[s];
            if (!IsNameLine(sentence) || !sentence.IsWholeLine(text) ||
                !((s > 0 && IsDateLine(sentences[s - 1])) || (s + 1 < sentences.Count && IsDateLine(sentences[s + 1]))))
            {
                continue;
            }

            if (!NoCommonWord(sentence, document.LowerCaseWords()))
            {
                continue;
            }

            sentence.Mentions.Clear();
            sentence.Insert(new Mention(0, sentence.Count, EntityType.Person, null) { IsCredit = true });
        }
    }

    private bool IsNameLine(SentenceMentions sentence)
    {
        if (sentence.Count is < MinWords or > MaxWords)
        {
            return false;
        }

        var tokens = sentence.Tokens;
        if (tokens[0] == "Oleh")
        {
            return false; // `Oleh Nama Lengkap`: the author line, whose name BylinePass has read without the preposition
        }

        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Length < 2 || !char.IsUpper(t[0]) || !IsLetters(t) || words.IsTitle(t) || words.IsVerb(t) || words.IsHeadlineBreak(t) ||
                words.IsOrganizationHead(t) || words.IsLocationHead(t) || words.IsVenueHead(t) || words.IsEventHead(t) ||
                words.IsBylineCue(t) || gazetteer.Match(tokens, k, out _) > 0 || DateLexicon.Default.Find(t).Classes != WordClass.None)
            {
                return false;
            }
        }

        return true;
    }

    // The line that dates the article: a number and a clock zone (WIB, WITA, WIT).
    private static bool IsDateLine(SentenceMentions sentence)
    {
        var digits = false;
        var zone = false;
        foreach (var t in sentence.Tokens)
        {
            digits |= t.Length > 0 && char.IsAsciiDigit(t[0]);
            zone |= t is "WIB" or "WITA" or "WIT";
        }

        return digits && zone;
    }

    private static bool NoCommonWord(SentenceMentions sentence, HashSet<string> lowerWords)
    {
        foreach (var t in sentence.Tokens)
        {
            if (lowerWords.Contains(t.ToLowerInvariant()))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLetters(string token)
    {
        foreach (var c in token)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }
}
