using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A lone capitalized word that opens a clause and is followed by its predicate (<c>Snapback adalah …</c>,
/// <c>Embargo berlaku …</c>, <c>Mari bergabung …</c>) is capitalized because of where it stands, not because it is a
/// name: the tagger, which never saw the word (a loan word, an exhortation, a common noun), reads it as a person. It is
/// dropped where the words say it is a common one (an exhortation such as <c>Mari</c>, a verb, or a word the article
/// itself writes in lower case, <c>snapback</c>) and the article never uses it as a name elsewhere (a mention of it,
/// or a part of one, that does not open a clause, outside headlines). A one-word person opening a sentence
/// (<c>Nurhayati mengatakan …</c>) has neither sign and stays.
/// </summary>
internal sealed class OpeningWordPass(EntityLexicon words) : IMentionPass
{
    /// <summary>Words of a lower-case lead-in before the comma of a caption label or sentence adverb, at most.</summary>
    private const int LeadInWindow = 3;

    public void Run(EntityDocument document)
    {
        List<(SentenceMentions Sentence, Mention Mention)>? openers = null;
        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            foreach (var m in sentence.Mentions)
            {
                if (!document.Caseless && IsOpeningWord(sentence, m))
                {
                    (openers ??= []).Add((sentence, m));
                    continue;
                }

                // A headline's words are all capitalized: a common word there names nothing more than it does in the body.
                for (var k = m.First; k < m.End && !sentence.TitleCase; k++)
                {
                    named.Add(sentence.Tokens[k]);
                }
            }
        }

        if (openers is null)
        {
            return;
        }

        foreach (var (sentence, m) in openers)
        {
            var word = sentence.Tokens[m.First];
            if (!named.Contains(word) && IsCommonWord(document, word))
            {
                sentence.Mentions.Remove(m);
            }
        }
    }

    private bool IsCommonWord(EntityDocument document, string word)
    {
        if (words.IsExhortation(word))
        {
            return true;
        }

        var lower = word.ToLowerInvariant();
        return words.IsVerb(lower) || document.LowerCaseWords().Contains(lower);
    }

    /// <summary>A one-word person the gazetteer does not know, opening a clause, with a predicate right after it.</summary>
    private bool IsOpeningWord(SentenceMentions sentence, Mention m)
    {
        if (m is not { Type: EntityType.Person, Length: 1, Entry: null, IsCredit: false } || sentence.TitleCase || m.End >= sentence.Count ||
            !OpensClause(sentence.Tokens, m.First))
        {
            return false;
        }

        var word = sentence.Tokens[m.First];
        return word.Length >= 3 && char.IsUpper(word[0]) && word.AsSpan(1).IndexOfAnyExceptInRange('a', 'z') < 0 &&
               IsPredicate(sentence.Tokens[m.End]);
    }

    /// <summary>
    /// The first word of the sentence, or the first after a lead-in of one capitalized and a few lower-case words and a
    /// comma (<c>Keterangan gambar,</c>, <c>Namun,</c>).
    /// </summary>
    private static bool OpensClause(SentenceWords tokens, int k)
    {
        if (k == 0)
        {
            return true;
        }

        if (k < 2 || k - 1 > LeadInWindow || tokens[k - 1] != "," || !NameShape.IsCapitalized(tokens[0]))
        {
            return false;
        }

        for (var j = 1; j < k - 1; j++)
        {
            if (!NameShape.IsLowerCaseWord(tokens[j]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A verb (<c>berlaku</c>, <c>diberlakukan</c>), a copula (<c>adalah</c>), an auxiliary or adverb before one
    /// (<c>masih</c>, <c>akan</c>), or a demonstrative (<c>itu</c>), which only a common noun takes.
    /// </summary>
    private bool IsPredicate(string next) =>
        next.Length > 1 && char.IsLower(next[0]) &&
        (words.IsVerb(next) || HasVerbPrefix(next) || next is "adalah" or "merupakan" or "ialah" or "itu" or "ini" or "tersebut" ||
         (ClaimLexicon.Default.SpeakerWord(next) & SpeakerWordRole.Adverb) != 0);

    /// <summary>
    /// A derived verb the list lacks (<c>mengepul</c>, <c>bergulir</c>, <c>diterapkan</c>, <c>terbakar</c>): the active,
    /// intransitive, passive and stative prefixes, on a word long enough not to be a preposition (<c>di</c>, <c>dari</c>).
    /// </summary>
    private static bool HasVerbPrefix(string word) =>
        word.Length >= 6 && (word.StartsWith("me", StringComparison.Ordinal) || word.StartsWith("ber", StringComparison.Ordinal) ||
                             word.StartsWith("di", StringComparison.Ordinal) || word.StartsWith("ter", StringComparison.Ordinal));
}
