namespace Geopolitics.Nlp.Entities.Passes;

/// <summary>
/// Named events: a head that always opens one (<c>Perang Dingin</c>, <c>KTT SCO</c>) or, for heads that are often
/// common nouns (<c>Pertemuan</c>, <c>Sidang</c>), only with an acronym or an edition (<c>KTT ASEAN ke-47</c>).
/// </summary>
internal sealed class EventNamePass(EntityLexicon words) : SentencePass
{
    public override void Run(SentenceMentions sentence)
    {
        var tokens = sentence.NameTokens;
        for (var i = 0; i + 1 < tokens.Count; i++)
        {
            var head = tokens[i];
            if (!char.IsUpper(head[0]))
            {
                continue;
            }

            var named = !words.IsEventHead(head);
            if (named && !words.IsNamedEventHead(head))
            {
                continue;
            }

            if (tokens[i + 1] == "Tingkat")
            {
                continue; // "Konferensi Tingkat Tinggi" is the common noun "summit" (KTT), not a name
            }

            var end = i + 1;
            while (end < tokens.Count && (NameShape.IsCapitalized(tokens[end]) ||
                   (tokens[end] == "-" && end + 1 < tokens.Count && NameShape.IsCapitalized(tokens[end + 1]))))
            {
                end++;
            }

            // "KTT ASEAN ke-47": the edition belongs to the name.
            var numbered = end > i + 1 && end < tokens.Count && NameShape.IsOrdinal(tokens[end]);
            if (numbered)
            {
                end++;
            }

            var hasAcronym = false;
            for (var k = i + 1; k < end; k++)
            {
                hasAcronym |= NameShape.LooksLikeAcronym(tokens[k]);
            }

            if (end > i + 1 && (!named || numbered || hasAcronym))
            {
                sentence.Merge(new Mention(i, end, EntityType.Event, null), authoritative: true);
                i = end - 1;
            }
        }

        sentence.SortByStart();
    }
}
