namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// <c>dan</c> inside an organization's name is common (<c>Kementerian Kelautan dan Perikanan</c>), so a name can run over
/// it too far. An unknown organization that is two names the gazetteer knows whole, joined by <c>dan</c>
/// (<c>Uni Afrika dan Liga Arab</c>), is those two. In a title whose portfolio has <c>dan</c> (<c>Menteri Haji dan
/// Umrah RI</c>), the part after it with the country is no organization: only the country is named.
/// </summary>
internal sealed class CoordinatedKnownNamesPass(Gazetteer gazetteer, EntityLexicon words) : SentencePass
{
    /// <summary>How far back from <c>dan</c> a title's word may be (<c>Menteri Haji dan</c>, <c>Menteri Agraria dan</c>).</summary>
    private const int MaxPortfolioWords = 3;

    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.Tokens;
        for (var i = sentence.Mentions.Count - 1; i >= 0; i--)
        {
            var m = sentence.Mentions[i];
            if (m.Type != EntityType.Organization || m.Entry is not null)
            {
                continue;
            }

            if (m.Length == 2 && m.First >= 2 && tokens[m.First - 1] == "dan" && words.IsPlainNameWord(tokens[m.First]) &&
                gazetteer.Match(tokens, m.First + 1, out var country) == 1 && gazetteer.IsCountry(country) && FollowsTitle(tokens, m.First - 2))
            {
                (m.First, m.Type, m.Entry) = (m.First + 1, country.Type, country);
                continue;
            }

            for (var k = m.First + 1; k < m.End - 1; k++)
            {
                if (tokens[k] == "dan" && gazetteer.Match(tokens, m.First, out var left) == k - m.First &&
                    gazetteer.Match(tokens, k + 1, out var right) == m.End - k - 1)
                {
                    var end = m.End;
                    (m.End, m.Type, m.Entry) = (k, left.Type, left);
                    sentence.Mentions.Insert(i + 1, new Mention(k + 1, end, right.Type, right));
                    break;
                }
            }
        }
    }

    // A title's word among the few words before `dan` (`Menteri Haji | dan`), none of them in a mention's hold.
    private bool FollowsTitle(SentenceWords tokens, int k)
    {
        for (var j = k; j >= 0 && k - j < MaxPortfolioWords; j--)
        {
            if (words.IsTitle(tokens[j]))
            {
                return true;
            }

            if (!char.IsUpper(tokens[j][0]))
            {
                return false;
            }
        }

        return false;
    }
}
