namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Drops mentions that are categories, not entities (ANNOTATION.md): <c>WNI</c>, <c>Zona Ekonomi Eksklusif</c>, ethnic
/// and religious groups (<c>Rohingya</c>), platforms (<c>YouTube</c>), diseases and religious formulas; and a venue's
/// head word left alone (<c>Istana</c> of <c>Istana Perdana Menteri Singapura</c>, an office rather than a building's
/// name), which names no place by itself.
/// </summary>
internal sealed class NonEntityPass(EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var mentions = sentence.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (words.IsNonEntity(sentence, m.First, m.Length) ||
                (m.Length == 1 && m.Type == EntityType.Location && m.Entry is null && words.IsVenueHead(sentence.Tokens[m.First])))
            {
                mentions.RemoveAt(i);
            }
        }
    }
}
