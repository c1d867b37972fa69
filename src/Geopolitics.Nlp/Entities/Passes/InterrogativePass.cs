namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A question word is never part of a name: where the tagger ran a capitalized <c>Benarkah</c> or <c>Mengapa</c> into
/// the name after it (<c>Benarkah Indonesia keluar dari ASEAN?</c>, the fact-checkers' stock question), the mention
/// begins after it and takes the type the gazetteer gives what is left (GPE <c>Indonesia</c>); a question word alone is
/// no mention.
/// </summary>
internal sealed class InterrogativePass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var mentions = sentence.Mentions;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (m.Type == EntityType.Event || !words.IsInterrogative(sentence.Tokens[m.First]))
            {
                continue;
            }

            if (m.Length == 1)
            {
                mentions.RemoveAt(i);
                continue;
            }

            m.First++;
            if (gazetteer.Match(sentence.Tokens, m.First, out var entry) == m.Length)
            {
                (m.Type, m.Entry) = (entry.Type, entry);
            }
            else
            {
                m.Entry = null;
            }
        }
    }
}
