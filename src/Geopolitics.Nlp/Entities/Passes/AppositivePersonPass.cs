namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// <c>peneliti dari lembaga kajian Chatham House, Sanam Vakil, …</c>, <c>Direktur kantor Amnesty International untuk
/// lembaga-lembaga Eropa, Eve Smith, …</c>: a title, the body it serves, and after a comma the office holder in
/// apposition. Beside an organization the tagger and the list rules read the holder as one more organization; a name
/// of two to four plain capitalized words set off by commas after a title's phrase is a PERSON.
/// </summary>
internal sealed class AppositivePersonPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    /// <summary>How far back the title may stand before the comma (a title, its body and a place).</summary>
    private const int TitleWindow = 12;

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        foreach (var m in sentence.Mentions)
        {
            if (m.Type != EntityType.Organization || m.Entry is not null || m.Length is < 2 or > 4 || m.First < 3 ||
                tokens[m.First - 1] != "," || m.End >= tokens.Count || tokens[m.End] is not ("," or ")" or ".") ||
                sentence.At(m.First - 2) is not { Type: not EntityType.Person } || !IsPlainName(tokens, m) || !TitleBefore(tokens, m.First - 1))
            {
                continue;
            }

            m.Type = EntityType.Person;
        }
    }

    // Capitalized words with lower-case letters, none a word of an organization's name nor the start of a known name.
    private bool IsPlainName(SentenceWords tokens, Mention m)
    {
        for (var k = m.First; k < m.End; k++)
        {
            var t = tokens[k];
            if (t.Length < 2 || !char.IsUpper(t[0]) || !char.IsLower(t[^1]) || words.IsOrganizationHead(t) || words.IsOrganizationSuffix(t) ||
                words.IsEnglishOrganizationHead(t) || words.IsCompanyWord(t) || words.IsTitle(t) || gazetteer.Match(tokens, k, out _) > 0)
            {
                return false;
            }
        }

        return true;
    }

    // A title or role word among the few words before the comma, within the same clause.
    private bool TitleBefore(SentenceWords tokens, int comma)
    {
        for (var k = comma - 1; k >= 0 && comma - k <= TitleWindow; k--)
        {
            var t = tokens[k];
            if (t is "," or "." or ":" or ";" or "\"" or "\u201C" or "\u201D" || words.IsVerb(t))
            {
                return false;
            }

            if (words.IsTitle(t) || words.IsPersonCue(t))
            {
                return true;
            }
        }

        return false;
    }
}
