namespace Geopolitics.Nlp.Corpus;

/// <summary>What one call of <see cref="CorpusBuilder.AddAsync"/> did.</summary>
/// <param name="Added">Articles written to the corpus.</param>
/// <param name="Skipped">Articles whose id was already stored (from an earlier build, or earlier in the same input).</param>
public sealed record CorpusBuildSummary(int Added, int Skipped);
