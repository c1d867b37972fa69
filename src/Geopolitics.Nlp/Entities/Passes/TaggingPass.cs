namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Runs the statistical tagger over each sentence. Text with no capitals at all (NERP, chat, some feeds) is tagged by
/// the model's caseless features, and the words it puts in a name are capitalized for the rules after it.
/// </summary>
internal sealed class TaggingPass(EntityTagger tagger) : IMentionPass
{
    public void Run(EntityDocument document)
    {
        var (labels, leans) = document.RentTagging();
        var at = 0;
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            sentence.PersonLean = new ArraySegment<float>(leans, at, sentence.Count);
            sentence.Labels = new ArraySegment<int>(labels, at, sentence.Count);
            at += sentence.Count;
            if (sentence.HasLetters)
            {
                tagger.Tag(sentence.Forms, sentence.Tokens, document.Caseless, sentence.Labels, sentence.PersonLean);
            }
            else
            {
                sentence.Labels.AsSpan().Clear(); // nothing to tag: all outside, no lean either way
                sentence.PersonLean.AsSpan().Clear();
            }

            if (document.Caseless)
            {
                sentence.NameTokens = Truecase(sentence.Tokens, sentence.Labels);
            }
        }
    }

    private static SentenceWords Truecase(SentenceWords tokens, ArraySegment<int> labels)
    {
        var cased = new string[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            cased[i] = labels[i] != NerLabel.Outside && token.Length > 0 && char.IsLower(token[0])
                ? string.Concat(char.ToUpperInvariant(token[0]).ToString(), token.AsSpan(1))
                : token;
        }

        return new SentenceWords(cased);
    }
}
