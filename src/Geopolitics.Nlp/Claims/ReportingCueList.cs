using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The reporting cues of <c>Resources/Claims/cues.tsv</c> that stand next to a speaker's name (<c>mengatakan</c>,
/// <c>kata</c>, <c>menurut</c>), for stages other than claims that read a name's context.
/// </summary>
internal static class ReportingCueList
{
    /// <summary>The lower-case cue words whose role is verb, short or according.</summary>
    public static IEnumerable<string> SpeakerAdjacentWords() =>
        ResourceText.ReadDataLines("Claims/cues.tsv").Select(l => l.Split('\t'))
            .Where(f => f.Length >= 2 && f[1].Trim() is "verb" or "short" or "according")
            .Select(f => f[0].Trim().ToLowerInvariant());
}
