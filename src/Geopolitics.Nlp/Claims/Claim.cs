using System.Collections.Immutable;
using Geopolitics.Nlp.Pipeline;

namespace Geopolitics.Nlp.Claims;

/// <summary>A statement the text attributes to a source: who said what, and when.</summary>
/// <param name="Kind">Direct quote, indirect speech or <c>menurut</c> attribution.</param>
/// <param name="Cue">The reporting word (<c>mengatakan</c>, <c>ujar</c>, <c>menurut</c>).</param>
/// <param name="Speaker">The source, as written and resolved.</param>
/// <param name="Content">What is claimed, without quotation marks and without <c>bahwa</c>.</param>
/// <param name="Hedged">Whether the claim is hedged (<c>mungkin</c>, <c>diperkirakan</c>, <c>diduga</c>).</param>
public sealed record Claim(ClaimKind Kind, ClaimPart Cue, ClaimSpeaker Speaker, ClaimPart Content, bool Hedged)
{
    /// <summary>The TIMEX3 value of the date the attribution gives (<c>kata X, Kamis (18/4/2024)</c>), or <see langword="null"/>.</summary>
    public string? Date { get; init; }

    /// <summary>Canonical names of the entities the content mentions, in text order, each once. Immutable: a list given here is copied unless it already is; <see langword="null"/> is an empty list.</summary>
    public IReadOnlyList<string> About { get; init => field = ResultLists.Freeze(value); } = ImmutableArray<string>.Empty;
}
