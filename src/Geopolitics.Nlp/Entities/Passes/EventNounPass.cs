namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Military exercises and festivals are named like people or things, and the tagger reads an unknown one as a person:
/// after an event noun (<c>latihan gabungan Keris Woomera</c>, <c>Latihan Garuda Shield dan Super Garuda Shield</c>)
/// such a name is an EVENT, and a capitalized noun right before it is part of the name (<c>Latihan Garuda Shield</c>).
/// </summary>
internal sealed class EventNounPass(EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        Mention? previous = null;
        foreach (var m in sentence.Mentions)
        {
            var coordinated = previous is not null && m.First == previous.End + 1 && tokens[previous.End] is "dan" or "serta" &&
                              m.Type == EntityType.Person && m.Entry is null;
            var noun = coordinated ? 0 : EventNounBefore(tokens, m.First);
            if (coordinated || (noun > 0 && m.Type == EntityType.Person && m.Entry is null))
            {
                m.Type = EntityType.Event;
                if (noun == 1 && char.IsUpper(tokens[m.First - 1][0]))
                {
                    m.First--; // `Latihan Garuda Shield`
                }

                previous = m;
            }
            else
            {
                previous = null;
            }
        }
    }

    // How many words of an event noun end right before `first` (two: `latihan gabungan`; one: `latihan`), or 0.
    private int EventNounBefore(SentenceWords tokens, int first)
    {
        if (first >= 2 && tokens[first - 2].Length + tokens[first - 1].Length <= 40)
        {
            Span<char> pair = stackalloc char[tokens[first - 2].Length + tokens[first - 1].Length + 1];
            SentenceMentions.WriteWords(tokens, first - 2, 2, pair);
            if (char.IsLower(tokens[first - 1][0]) && words.IsEventNoun(pair))
            {
                return 2;
            }
        }

        return first >= 1 && words.IsEventNoun(tokens[first - 1]) ? 1 : 0;
    }
}
