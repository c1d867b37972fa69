namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Drops mentions that are categories, not entities (ANNOTATION.md): <c>WNI</c>, <c>Zona Ekonomi Eksklusif</c>, ethnic
/// and religious groups (<c>Rohingya</c>), platforms (<c>YouTube</c>), diseases and religious formulas.
/// </summary>
internal sealed class NonEntityPass(EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var mentions = sentence.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            if (words.IsNonEntity(sentence, mentions[i]))
            {
                mentions.RemoveAt(i);
            }
        }
    }
}
