using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Claims;

/// <summary>A claim found by one of the extractors, before its speaker is resolved to an entity.</summary>
/// <param name="Kind">How the claim is attributed.</param>
/// <param name="Cue">The reporting word.</param>
/// <param name="Speaker">The source as written.</param>
/// <param name="Content">What is claimed.</param>
/// <param name="Attribution">The stretch that attributes the claim, where its date is looked for.</param>
internal readonly record struct ClaimCandidate(ClaimKind Kind, TextSpan Cue, TextSpan Speaker, TextSpan Content, TextSpan Attribution);
