using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// Which mention inside a speaker phrase speaks, for <see cref="SpeakerResolver"/>: the name in apposition at the
/// phrase's end rather than a person-like name in a title before it, and never a place after <c>di</c>, which says where
/// the speaker is.
/// </summary>
internal static class SpeakerPhraseMentions
{
    private const int MaxPlaceTokens = 6;

    // `Dosen Universitas Islam Negeri (UIN) Syarif Hidayatullah Jakarta, Rina Marlina`: the name that makes up the
    // phrase's last comma segment is the person a title with an apposition names, whatever person-like name the title
    // holds (a segment that opens with a description, `Kim Yo Jong, adik Kim Jong Un`, names someone else).
    public static EntityMention? AppositionPerson(ClaimContext ctx, TextSpan speaker, List<EntityMention> inside)
    {
        var last = ctx.TokenAtOrAfter(speaker.End) - 1;
        var first = ctx.TokenAtOrAfter(speaker.Start);
        var k = SpeakerNames.LastSegmentStart(ctx, first, last);

        if (k <= first || !ctx.IsMark(k - 1, ',') || !SourcePhraseReader.AllCapitalized(ctx, k, last))
        {
            return null;
        }

        var segmentStart = ctx.Tokens[k].Start;
        return inside.FirstOrDefault(e => e.Type == EntityType.Person && e.Start == segmentStart);
    }

    // Whether the word before the mention at `start` is a lower-case `di`, or a place in apposition to one (`di Abuja, Nigeria`).
    public static bool AfterDi(ClaimContext ctx, int start)
    {
        var mention = ctx.TokenAtOrAfter(start);
        var t = mention - 1;
        if (ctx.IsMark(t, ','))
        {
            for (t--; t > 0 && mention - t < MaxPlaceTokens && ctx.IsCapitalized(t) && !ctx.IsWordText(t - 1, "di"); t--)
            {
            }

            t--;
        }

        return ctx.IsWordText(t, "di") && !ctx.IsCapitalized(t);
    }
}
