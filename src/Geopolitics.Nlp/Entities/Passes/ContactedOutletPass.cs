using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// <c>saat dihubungi Bisnis, Rabu</c>, <c>ketika diwawancarai Tempo</c>: the agent of being contacted or interviewed in a
/// news report is the outlet that reports it, an ORGANIZATION (ANNOTATION.md: media outlets as written), though its
/// name is a common word (<c>Bisnis</c>, <c>Tempo</c>, <c>Kontan</c>) the gazetteer does not list alone. A weekday or
/// a date after the verb (<c>dihubungi Rabu</c>) is no outlet, and a name another pass knows keeps its reading.
/// </summary>
internal sealed class ContactedOutletPass(EntityLexicon words) : SentencePass
{
    private const int MaxOutletWords = 3;

    public override void Run(SentenceMentions sentence) => Run(sentence, caseless: false);

    public override void Run(SentenceMentions sentence, bool caseless)
    {
        if (caseless)
        {
            return;
        }

        var tokens = sentence.Tokens;
        for (var k = 1; k < tokens.Count; k++)
        {
            if (tokens[k - 1] is not ("dihubungi" or "diwawancarai" or "dikonfirmasi"))
            {
                continue;
            }

            var end = k;
            while (end < tokens.Count && end - k < MaxOutletWords && NameShape.IsNameWord(tokens[end]) && !words.IsTitle(tokens[end]) &&
                   DateLexicon.Default.Find(tokens[end]).Classes == WordClass.None)
            {
                end++;
            }

            if (end == k || (end < tokens.Count && tokens[end] is not ("," or "." or "pada" or "di" or "usai" or "setelah")))
            {
                continue;
            }

            var at = sentence.At(k);
            if (at is null && !sentence.RunsInto(end - 1))
            {
                sentence.Insert(new Mention(k, end, EntityType.Organization, null));
            }
            else if (at is { Entry: null, Type: EntityType.Person } && at.First == k && at.End == end)
            {
                at.Type = EntityType.Organization;
            }
        }
    }
}
