using Geopolitics.Nlp.Cli.Output;

namespace Geopolitics.Nlp.Cli.Commands.Analyze;

/// <summary>The options of one <c>geonlp analyze</c> run, checked for consistency.</summary>
internal sealed record AnalyzeSettings(
    IReadOnlyList<string> Paths,
    string Format,
    DateOnly? Date,
    string? JsonlInput,
    string? Output,
    bool Force,
    JsonFields Fields,
    long MaxBytes,
    bool Progress);
