namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// The tagger reads a capitalized common noun or unit before a country or an organization as a person's given name
/// (<c>Drone Israel menyerang …</c>, <c>unit Radwan Hizbullah</c>): a person's name does not end in a country or an
/// organization written in its press form, so an unknown two-word "person" that does is that country or
/// organization, and the word before it names nothing. A surname that is a country's other spelling (<c>Michael
/// Jordan</c>, where the press writes the country <c>Yordania</c>) stays a name.
/// </summary>
internal sealed class GluedKnownNamePass(Gazetteer gazetteer) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        foreach (var m in sentence.Mentions)
        {
            if (m.Type != EntityType.Person || m.Entry is not null || m.Length != 2 || gazetteer.Match(tokens, m.First, out _) > 0 ||
                gazetteer.Match(tokens, m.First + 1, out var known) != 1 || known.Canonical != tokens[m.First + 1] ||
                !(known.Type == EntityType.Organization || (known.Type == EntityType.Gpe && gazetteer.IsCountry(known))))
            {
                continue;
            }

            (m.First, m.Type, m.Entry) = (m.First + 1, known.Type, known);
        }
    }
}
