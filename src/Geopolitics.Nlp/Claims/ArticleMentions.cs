using System.Collections.Immutable;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The entity stage's mentions of one article as the speaker resolver looks them up: by span (binary search on the
/// start), the salient person before an offset, and the places named anywhere.
/// </summary>
internal sealed class ArticleMentions(ClaimContext ctx, ImmutableArray<EntityMention> entities)
{
    private HashSet<string>? _places;
    private HashSet<string>? _persons;

    /// <summary>Whether the entity stage gave no mentions (it did not run, or found none).</summary>
    public bool IsEmpty => entities.IsEmpty;

    /// <summary>The mentions, sorted by start.</summary>
    public ImmutableArray<EntityMention> All => entities;

    /// <summary>The places the entity stage names in the article, gathered once.</summary>
    public HashSet<string> Places() =>
        _places ??= entities.Where(e => e.Type is EntityType.Gpe or EntityType.Location).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal);

    /// <summary>Whether some person mention of the article has <paramref name="canonical"/> as its canonical name.</summary>
    public bool IsPersonCanonical(string canonical) =>
        (_persons ??= entities.Where(e => e.Type == EntityType.Person).Select(e => e.Canonical).ToHashSet(StringComparer.Ordinal)).Contains(canonical);

    /// <summary>The salient person before <paramref name="offset"/>.</summary>
    // The salient person: the first person named in the latest sentence before `offset` that names one (its subject,
    // as a rule), not merely the last person mentioned (`Bapak Lavrov … bertemu dengan Kim Jong-un. Di sana, beliau …`).
    // A person named inside quoted words is talked about, not talking: `"Netanyahu harus diadili," ucapnya` points to
    // the speaker introduced before the quotation.
    public EntityMention? LastPersonBefore(int offset)
    {
        var i = FirstEndingAfter(offset) - 1;
        for (var seen = 0; i >= 0 && seen < 300; i--, seen++)
        {
            if (!IsUnquotedPerson(i) || entities[i].End > offset)
            {
                continue;
            }

            var sentence = SentenceOfOffset(entities[i].Start);
            var first = i;
            for (var k = i - 1; k >= 0 && i - k < 50 && SentenceOfOffset(entities[k].Start) == sentence; k--)
            {
                if (IsUnquotedPerson(k))
                {
                    first = k;
                }
            }

            return entities[first];
        }

        return null;
    }

    private bool IsUnquotedPerson(int i)
    {
        if (entities[i].Type != EntityType.Person)
        {
            return false;
        }

        var t = ctx.TokenAtOrAfter(entities[i].Start);
        return t >= ctx.Tokens.Length || ctx.QuoteOf(t) < 0;
    }

    /// <summary>The index of the sentence holding <paramref name="offset"/>, or -1.</summary>
    public int SentenceOfOffset(int offset)
    {
        var t = ctx.TokenAtOrAfter(offset);
        return t < ctx.Tokens.Length ? ctx.SentenceIndexOf(t) : -1;
    }

    /// <summary>The mentions that overlap <paramref name="span"/>.</summary>
    public IEnumerable<EntityMention> Overlapping(TextSpan span)
    {
        for (var i = FirstEndingAfter(span.Start); i < entities.Length && entities[i].Start < span.End; i++)
        {
            if (entities[i].Span.Overlaps(span))
            {
                yield return entities[i];
            }
        }
    }

    // Entities are sorted by start; mentions do not nest deeply, so the first one that may overlap is found by binary search on Start.
    private int FirstEndingAfter(int offset)
    {
        var lo = SortedByStart.FirstAtOrAfter(entities, static e => e.Start, offset - 64);
        while (lo < entities.Length && entities[lo].End <= offset && entities[lo].Start < offset)
        {
            lo++;
        }

        return lo;
    }
}
