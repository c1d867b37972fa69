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
                Run(sentence, document.Caseless);
            }
        }
    }

    public abstract void Run(SentenceMentions sentence);

    /// <summary>Runs the pass on one sentence of a document whose text may have (almost) no capitals.</summary>
    /// <param name="sentence">The sentence.</param>
    /// <param name="caseless">Whether the document is caseless: capitals then say little about names.</param>
    public virtual void Run(SentenceMentions sentence, bool caseless) => Run(sentence);
}
