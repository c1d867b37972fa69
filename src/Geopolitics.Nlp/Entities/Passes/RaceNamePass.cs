namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Motor races are named by the host: <c>GP Jepang</c>, <c>GP Bahrain 2025</c>, <c>Grand Prix Monako</c> are EVENTs
/// (the tagger reads the country and leaves <c>GP</c> as an acronym). <c>GP</c> opens a race only before a place, one
/// the gazetteer knows or the tagger found (<c>GP Ansor</c> is an organization); <c>Grand Prix</c> before any
/// capitalized name. A year after the
/// name belongs to it.
/// </summary>
internal sealed class RaceNamePass(Gazetteer gazetteer) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            var head = tokens[k] == "GP" ? 1 : tokens[k] == "Grand" && tokens[k + 1] == "Prix" ? 2 : 0;
            if (head == 0 || k + head >= tokens.Count)
            {
                continue;
            }

            var at = k + head;
            var length = gazetteer.Match(tokens, at, out var place);
            var end = length > 0 && place.Type is EntityType.Gpe or EntityType.Location ? at + length
                : head == 2 && NameShape.IsCapitalized(tokens[at]) ? at + 1 : at;
            if (end == at && sentence.At(at) is { Type: EntityType.Gpe or EntityType.Location } tagged && tagged.End > at &&
                tagged.First >= k)
            {
                end = tagged.End; // GP Mandalika: a place the tagger found (with GP or without it)
            }
            if (end == at)
            {
                continue;
            }

            if (end < tokens.Count && tokens[end].Length == 4 && int.TryParse(tokens[end], out var year) && year is > 1900 and < 2200)
            {
                end++;
            }

            sentence.Merge(new Mention(k, end, EntityType.Event, null), authoritative: true);
            sentence.SortByStart();
            k = end - 1;
        }
    }
}
