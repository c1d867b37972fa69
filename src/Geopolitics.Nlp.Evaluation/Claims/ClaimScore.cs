namespace Geopolitics.Nlp.Evaluation.Claims;

/// <summary>Claim extraction scores for one document or a corpus.</summary>
/// <param name="Name">The document or corpus name.</param>
/// <param name="Strict">Matches needing the same speaker entity (or, both unresolved, overlapping speaker spans) and content Jaccard ≥ 0.5.</param>
/// <param name="Relaxed">Matches needing overlapping speaker spans and content Jaccard ≥ 0.5, whatever the entity.</param>
/// <param name="Exact">Matches needing the exact speaker and content spans.</param>
/// <param name="KindCorrect">Strict matches whose kind agrees.</param>
/// <param name="Misses">Gold claims with no strict match, and predictions with none, for error reports.</param>
public sealed record ClaimScore(string Name, PrecisionRecall Strict, PrecisionRecall Relaxed, PrecisionRecall Exact, int KindCorrect, IReadOnlyList<string> Misses)
{
    /// <summary>Share of strict matches with the right kind.</summary>
    public double KindAccuracy => Strict.TruePositives == 0 ? 0 : (double)KindCorrect / Strict.TruePositives;

    /// <summary>Adds two scores (for corpus totals).</summary>
    public static ClaimScore operator +(ClaimScore a, ClaimScore b) =>
        new("total", a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.Exact + b.Exact, a.KindCorrect + b.KindCorrect, [.. a.Misses, .. b.Misses]);
}
