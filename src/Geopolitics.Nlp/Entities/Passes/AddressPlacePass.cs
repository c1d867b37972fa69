namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// An address names its places from small to large: an unknown one-word name between a building or an office and its
/// city (<c>Kedutaan Besar Ukraina, Kuningan, Jakarta Selatan</c>; <c>Kompleks Parlemen, Senayan, Jakarta</c>) is a
/// district of that city, a GPE, whatever a list of organizations before it made of it.
/// </summary>
internal sealed class AddressPlacePass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var k = 2; k + 2 < tokens.Count; k++)
        {
            if (tokens[k - 1] == "," && tokens[k + 1] == "," && IsUnknownName(sentence, k) &&
                sentence.At(k - 2) is { Type: EntityType.Organization or EntityType.Location } premises && premises.End == k - 1 &&
                sentence.At(k + 2) is { Type: EntityType.Gpe, Entry: { } city } && !gazetteer.IsCountry(city))
            {
                sentence.RemoveCovering(k);
                sentence.Insert(new Mention(k, k + 1, EntityType.Gpe, null));
            }
        }
    }

    private bool IsUnknownName(SentenceMentions sentence, int k)
    {
        var token = sentence.Tokens[k];
        if (token.Length < 3 || !NameShape.IsCapitalized(token) || NameShape.IsAcronym(token) || words.IsTitle(token) ||
            gazetteer.Match(sentence.Tokens, k, out _) > 0)
        {
            return false;
        }

        var mention = sentence.At(k);
        return mention is null || (mention.Length == 1 && mention.Entry is null && mention.Type != EntityType.Person);
    }
}
