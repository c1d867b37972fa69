namespace Geopolitics.Nlp.Evaluation;

/// <summary>Counts of true positives, predictions and gold items, and the scores derived from them.</summary>
public readonly record struct PrecisionRecall(int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / Predicted;

    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static PrecisionRecall operator +(PrecisionRecall a, PrecisionRecall b) =>
        new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);

    /// <summary>Scores two sets of items by exact equality.</summary>
    public static PrecisionRecall Compare<T>(IEnumerable<T> predicted, IEnumerable<T> gold)
    {
        var goldSet = new HashSet<T>(gold);
        var predictedSet = new HashSet<T>(predicted);
        var hits = predictedSet.Count(goldSet.Contains);
        return new PrecisionRecall(hits, predictedSet.Count, goldSet.Count);
    }

    public override string ToString() =>
        $"P {Precision:0.0000}  R {Recall:0.0000}  F1 {F1:0.0000}  (tp {TruePositives}, predicted {Predicted}, gold {Gold})";
}
