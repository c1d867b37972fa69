namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// An unknown capitalized name is not a person by default: clubs, companies, brands and agencies (the commonest error on
/// sport and business pages) show themselves by a common noun before them (<c>klub Persib</c>, <c>perusahaan
/// Tesla</c>), a legal form before (<c>PT Pertamina</c>) or a suffix after (<c>Astra International Tbk</c>,
/// <c>Arema FC</c>, <c>Apple Inc.</c>); the legal form and the suffix are part of the name.
/// </summary>
internal sealed class OrganizationContextPass(EntityLexicon words) : SentencePass
{
    private static readonly string[] LegalForms = ["PT", "CV", "Perum", "Persero", "PD"];

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (!LegalForms.Contains(tokens[k]) || !NameShape.IsCapitalized(tokens[k + 1]))
            {
                continue;
            }

            var end = NameShape.CapitalizedRun(tokens, k + 1);
            if (end < tokens.Count && words.IsOrganizationSuffix(tokens[end]))
            {
                end++;
            }

            var company = new Mention(k, end, EntityType.Organization, null);
            sentence.RemoveOverlapping(company);
            sentence.Insert(company);
            k = end - 1;
        }

        foreach (var m in sentence.Mentions)
        {
            if (m.Entry is not null || m.Type is EntityType.Organization or EntityType.Event)
            {
                continue;
            }

            if (m.End < tokens.Count && words.IsOrganizationSuffix(tokens[m.End]) && char.IsUpper(tokens[m.End][0]) &&
                sentence.At(m.End) is null)
            {
                m.End++;
                m.Type = EntityType.Organization;
            }
            else if (words.IsOrganizationSuffix(tokens[m.End - 1]) && m.Length >= 2 && char.IsUpper(tokens[m.End - 1][0]))
            {
                m.Type = EntityType.Organization;
            }
            else if (m.First > 0 && char.IsLower(tokens[m.First - 1][0]) && words.IsOrganizationContext(tokens[m.First - 1]))
            {
                m.Type = EntityType.Organization;
            }
        }
    }
}
