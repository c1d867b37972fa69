namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A hyphenated surname stays whole (ANNOTATION.md: <c>Linda Thomas-Greenfield</c>): where the tagger ended a person's
/// name of two words or more at the hyphen (<c>Franz Magnis | -Suseno</c>, <c>Mohammed Al | -Hakim</c>, whose second half
/// is also a title), the name runs on over the hyphen and the one capitalized word glued to it. A one-word name before
/// the hyphen (<c>Anies-Muhaimin</c>, <c>Putin-Trump</c>) or a longer name after it (<c>Prabowo Subianto-Xi Jinping</c>)
/// is a pair of people, left as two.
/// </summary>
internal sealed class HyphenatedSurnamePass(Gazetteer gazetteer) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var bounds = sentence.Bounds;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            var k = m.End; // a known name (`Anies Baswedan-Muhaimin`) is one of a pair, not run on
            if (m.Type != EntityType.Person || m.Length < 2 || m.Entry is not null || k + 1 >= sentence.Count || tokens[k] != "-" ||
                bounds[k - 1].End != bounds[k].Start || bounds[k].End != bounds[k + 1].Start || !NameShape.IsNameWord(tokens[k + 1]) ||
                (k + 2 < sentence.Count && NameShape.IsCapitalized(tokens[k + 2]) && bounds[k + 2].Start == bounds[k + 1].End + 1) ||
                gazetteer.Match(tokens, k + 1, out _) > 0)
            {
                continue;
            }

            var after = sentence.At(k + 1);
            if (after is null && sentence.At(k) is null)
            {
                (m.End, m.Entry) = (k + 2, null);
            }
            else if (after is { Type: EntityType.Person, Length: 1 } && i + 1 < sentence.Mentions.Count && sentence.Mentions[i + 1] == after)
            {
                (m.End, m.Entry) = (k + 2, null);
                sentence.Mentions.RemoveAt(i + 1);
            }
        }
    }
}
