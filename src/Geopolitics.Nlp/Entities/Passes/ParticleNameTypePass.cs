namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// A name with a lower-case Romance particle inside it (<c>Jose de la Cruz</c>, <c>Maria de los Santos</c>) is a person
/// unless something says it is a place: the tagger, trained on Indonesian text, reads the particles as the sign of a
/// Spanish place name (<c>Rio de Janeiro</c>) and types the whole name GPE. Known places and organizations keep their
/// gazetteer entry, place words open theirs (<c>San</c>, <c>Santa</c>, <c>Puerto</c>), and a place preposition or noun
/// before the name (<c>di</c>, <c>kota</c>) keeps it a place; an organization stays one (<c>Comision Federal de
/// Electricidad</c>). A span the tagger ended on the particle
/// (<c>Jose de la | Cruz</c>) is joined with the name after it. Companies and institutions keep their type
/// (<c>Petroleos de Venezuela SA</c>).
/// </summary>
internal sealed class ParticleNameTypePass(EntityLexicon words) : SentencePass
{
    // Spanish, Portuguese and Italian place-name openers: `San Jose del Monte`, `Puerto de la Cruz`, `Mar del Plata`.
    private static readonly string[] PlaceOpeners =
        ["San", "Santa", "Santo", "Santiago", "Puerto", "Porto", "Villa", "Ciudad", "Mar", "Rio", "Río", "Monte", "Isla", "Cabo", "Nuestra", "Los", "Las", "La", "El"];


    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = 0; i < sentence.Mentions.Count; i++)
        {
            var m = sentence.Mentions[i];
            if (m.Type is not (EntityType.Gpe or EntityType.Organization) || m.Entry is not null || m.Length < 2 ||
                Array.IndexOf(PlaceOpeners, tokens[m.First]) >= 0 || !NameShape.IsCapitalized(tokens[m.First]) ||
                (m.First > 0 && (PlaceExtentPass.Locatives.Contains(tokens[m.First - 1]) || words.PlaceNounType(tokens[m.First - 1]) is not null)))
            {
                continue;
            }

            var particle = -1;
            for (var k = m.First + 1; k < m.End; k++)
            {
                if (NameParticlePass.IsRomanceParticle(tokens[k]))
                {
                    particle = k;
                    break;
                }
            }

            // `Petroleos de Venezuela SA`, `Banco de la Nación`: a company or an institution, by its first or last word.
            if (particle < 0 || words.IsOrganizationHead(tokens[m.First]) || words.IsLocationHead(tokens[m.First]) ||
                words.IsCompanyWord(tokens[m.End - 1]) || words.IsOrganizationSuffix(tokens[m.End - 1]) || words.IsEnglishOrganizationHead(tokens[m.First]) ||
                NameShape.LooksLikeAcronym(tokens[m.End - 1]) || m.Expansion is not null)
            {
                continue;
            }

            // `Jose de la | Cruz`: the span ends on a particle and a person's name follows.
            if (NameParticlePass.IsParticle(tokens[m.End - 1]))
            {
                if (sentence.At(m.End) is not { Type: EntityType.Person } rest || rest.First != m.End)
                {
                    continue;
                }

                m.End = rest.End;
                sentence.Mentions.Remove(rest);
            }
            else if (m.Type != EntityType.Gpe || !NameShape.IsCapitalized(tokens[m.End - 1]))
            {
                continue;
            }

            m.Type = EntityType.Person;
        }
    }
}
