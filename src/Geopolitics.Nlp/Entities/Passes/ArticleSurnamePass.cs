namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// An Arabic surname written with its article capitalized (<c>Al-Sharaa dilantik …</c>, as a sentence or a paragraph
/// opens), which the tagger reads as an organization (<c>Al-Shabaab</c> is one) or splits into <c>Al-</c> and a person,
/// is one PERSON where the article names a person with that surname (<c>Ahmed al-Sharaa</c>, before or after it): the
/// canonicalizer then links it to the full name. Without such a person the words are left as they are.
/// </summary>
internal sealed class ArticleSurnamePass : IMentionPass
{
    public void Run(EntityDocument document)
    {
        var parts = document.PersonParts;
        if (parts.Count == 0)
        {
            return;
        }

        foreach (var sentence in document.Sentences)
        {
            var tokens = sentence.Tokens;
            var bounds = sentence.Bounds;
            for (var k = 0; k + 2 < sentence.Count; k++)
            {
                if (tokens[k + 1] != "-" || !NameParticlePass.IsCapitalizedArticle(tokens[k]) || bounds[k].End != bounds[k + 1].Start ||
                    bounds[k + 1].End != bounds[k + 2].Start || !NameShape.IsNameWord(tokens[k + 2]) ||
                    InPerson(sentence, k) || !IsPersonSurname(parts, tokens[k], tokens[k + 2]))
                {
                    continue;
                }

                sentence.Put(new Mention(k, k + 3, EntityType.Person, null));
                k += 2;
            }
        }
    }

    // A person that already holds the article and the name (`Ahmed Al-Mansouri`, `Chowdhury Abdullah Al-Mamun`) keeps
    // its given names: the surname alone would cut them off.
    private static bool InPerson(SentenceMentions sentence, int k) =>
        sentence.At(k) is { Type: EntityType.Person } person && person.End >= k + 3;

    // `al-Sharaa` of `Ahmed al-Sharaa` (one token), or `Al` and `Sharaa` of `Ahmed Al-Sharaa`.
    private static bool IsPersonSurname(Dictionary<string, int> parts, string article, string name) =>
        parts.ContainsKey(string.Concat(article.ToLowerInvariant(), "-", name)) || (parts.ContainsKey(article) && parts.ContainsKey(name));
}
