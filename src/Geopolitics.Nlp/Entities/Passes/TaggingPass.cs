namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Runs the statistical tagger over each sentence. Text with no capitals at all (NERP, chat, some feeds) is tagged by
/// the model's caseless features, and the words it puts in a name are capitalized for the rules after it.
/// </summary>
internal sealed class TaggingPass(EntityTagger tagger) : IMentionPass
{
    public void Run(EntityDocument document)
    {
        var leans = document.RentLeans();
        var at = 0;
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            sentence.PersonLean = new ArraySegment<float>(leans, at, sentence.Count);
            at += sentence.Count;
            if (sentence.HasLetters)
            {
                sentence.Labels = tagger.Tag(sentence.Forms, sentence.Tokens, document.Caseless, sentence.PersonLean);
            }
            else
            {
                sentence.Labels = new int[sentence.Count];
                sentence.PersonLean.AsSpan().Clear(); // nothing to tag: no lean either way
            }

            if (document.Caseless)
            {
                sentence.NameTokens = Truecase(sentence.Tokens, sentence.Labels);
            }
        }
    }

    private static List<string> Truecase(List<string> tokens, int[] labels)
    {
        var cased = new List<string>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            cased.Add(labels[i] != NerLabel.Outside && token.Length > 0 && char.IsLower(token[0])
                ? string.Concat(char.ToUpperInvariant(token[0]).ToString(), token.AsSpan(1))
                : token);
        }

        return cased;
    }
}
