using Geopolitics.Nlp.Dates;

namespace Geopolitics.Nlp.Evaluation.Dates;

/// <summary>
/// Scores temporal expressions TempEval-3 style: strict span match, relaxed (overlap) span match, value accuracy on the
/// relaxed matches whose gold has a value, and value F1 (a prediction counts when it overlaps a gold expression and has its value).
/// </summary>
public sealed record DateScore(string Name, PrecisionRecall Strict, PrecisionRecall Relaxed, int ValueCorrect, int ValueCompared, PrecisionRecall Value, IReadOnlyList<string> Errors)
{
    /// <summary>Share of relaxed matches (gold with a value) whose value is right.</summary>
    public double ValueAccuracy => ValueCompared == 0 ? double.NaN : (double)ValueCorrect / ValueCompared;

    /// <summary>Adds two scores (micro-average).</summary>
    public static DateScore operator +(DateScore a, DateScore b) => new(
        a.Name, a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.ValueCorrect + b.ValueCorrect, a.ValueCompared + b.ValueCompared,
        a.Value + b.Value, [.. a.Errors, .. b.Errors]);
}

/// <summary>Runs the analyzer on gold documents, with each document's gold date as the document date, and scores its dates.</summary>
public sealed class DateEvaluator(IArticleAnalyzer analyzer)
{
    /// <summary>Scores one document.</summary>
    public DateScore Evaluate(DateGoldDocument gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var analysis = analyzer.Analyze(gold.Text, new AnalysisOptions { Id = gold.Id, DocumentDate = gold.DocumentDate });
        return Score(gold, analysis.Dates);
    }

    /// <summary>Scores predicted expressions against gold ones.</summary>
    public static DateScore Score(DateGoldDocument gold, IReadOnlyList<TemporalExpression> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var errors = new List<string>();

        // Reports of vague references (PRESENT_REF ...) are not scored, as ANNOTATION.md says.
        var scored = predicted.Where(p => p.Value is not ("PRESENT_REF" or "PAST_REF" or "FUTURE_REF")
            || gold.Dates.Any(g => g.Start < p.End && p.Start < g.End)).ToList();
        var strict = scored.Count(p => gold.Dates.Any(g => g.Start == p.Start && g.End == p.End));
        var used = new bool[scored.Count];
        int relaxed = 0, valueCorrect = 0, valueCompared = 0, valueHits = 0;
        var goldWithValues = gold.Dates.Count(g => g.Value is not null);
        foreach (var g in gold.Dates)
        {
            var match = -1;
            for (var k = 0; k < scored.Count; k++)
            {
                if (!used[k] && g.Start < scored[k].End && scored[k].Start < g.End)
                {
                    match = k;
                    break;
                }
            }

            if (match < 0)
            {
                errors.Add($"{gold.Id}: missed  [{g.Start}..{g.End}) '{g.Text}' {g.Value}");
                continue;
            }

            used[match] = true;
            relaxed++;
            var p = scored[match];
            if (p.Start != g.Start || p.End != g.End)
            {
                errors.Add($"{gold.Id}: span    '{p.Text}' vs gold '{g.Text}'");
            }

            if (g.Value is not null)
            {
                valueCompared++;
                if (string.Equals(p.Value, g.Value, StringComparison.Ordinal))
                {
                    valueCorrect++;
                    valueHits++;
                }
                else
                {
                    errors.Add($"{gold.Id}: value   '{g.Text}' {p.Value} vs gold {g.Value}");
                }
            }
        }

        for (var k = 0; k < scored.Count; k++)
        {
            if (!used[k])
            {
                errors.Add($"{gold.Id}: spurious [{scored[k].Start}..{scored[k].End}) '{scored[k].Text}' {scored[k].Value}");
            }
        }

        var predictedForValue = goldWithValues == 0 && gold.Dates.Count > 0 ? 0 : scored.Count;
        return new DateScore(
            gold.Id,
            new PrecisionRecall(strict, scored.Count, gold.Dates.Count),
            new PrecisionRecall(relaxed, scored.Count, gold.Dates.Count),
            valueCorrect,
            valueCompared,
            new PrecisionRecall(valueHits, predictedForValue, goldWithValues),
            errors);
    }
}
