namespace Geopolitics.Nlp.Entities;

/// <summary>
/// One named step of the entity recognizer. Passes run in the order <see cref="EntityRecognizer"/> lists them, each over
/// the whole document, and change its sentences' mentions in place.
/// </summary>
internal interface IMentionPass
{
    void Run(EntityDocument document);
}

/// <summary>A pass that looks at one sentence at a time.</summary>
internal abstract class SentencePass : IMentionPass
{
    public void Run(EntityDocument document)
    {
        foreach (var sentence in document.Sentences)
        {
            document.CancellationToken.ThrowIfCancellationRequested();
            if (sentence.HasLetters)
            {
                Run(sentence);
            }
        }
    }

    public abstract void Run(SentenceMentions sentence);
}
