namespace Geopolitics.Nlp.Claims;

/// <summary>
/// The reporting cues of <c>Resources/Claims/cues.tsv</c> that stand next to a speaker's name (<c>mengatakan</c>,
/// <c>kata</c>, <c>menurut</c>), with their derived family forms, for stages other than claims that read a name's
/// context.
/// </summary>
internal static class ReportingCueList
{
    /// <summary>The lower-case cue words whose role is verb, short or according.</summary>
    public static IEnumerable<string> SpeakerAdjacentWords() =>
        ClaimLexicon.ReadCueFamilies().Where(c => c.Role is CueRole.Verb or CueRole.Short or CueRole.According).Select(c => c.Form);
}
