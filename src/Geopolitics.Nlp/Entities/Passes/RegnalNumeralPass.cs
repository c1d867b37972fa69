namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A pope's or a monarch's name holds its regnal numeral (<c>Paus Pius XII</c>, <c>Raja Charles III</c>): the numeral is
/// what tells the person from a predecessor of the same name (<c>Pius XI</c>), so a person the tagger ended before it
/// runs on over it. A capitalized word after the numeral leaves it out: the numeral may then open another name.
/// </summary>
internal sealed class RegnalNumeralPass : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        var bounds = sentence.Bounds;
        foreach (var m in sentence.Mentions)
        {
            var k = m.End;
            if (m.Type == EntityType.Person && k < sentence.Count && NameShape.IsRegnalNumeral(tokens[k]) && sentence.At(k) is null &&
                bounds[k].Start == bounds[k - 1].End + 1 &&
                !(k + 1 < sentence.Count && NameShape.IsCapitalized(tokens[k + 1]) && bounds[k + 1].Start == bounds[k].End + 1))
            {
                (m.End, m.Entry) = (k + 1, null);
            }
        }
    }
}
