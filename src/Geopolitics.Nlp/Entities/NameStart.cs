namespace Geopolitics.Nlp.Entities;

/// <summary>Whether a new name starts at a token: a known name, an organization head or an acronym.</summary>
internal sealed class NameStart(Gazetteer gazetteer, EntityLexicon words)
{
    public bool At(IReadOnlyList<string> tokens, int k) =>
        gazetteer.Match(tokens, k, out _) > 0 || words.IsOrganizationHead(tokens[k]) || NameShape.IsAcronym(tokens[k]);
}
