namespace Geopolitics.Nlp.Cli.Commands.Corpus;

/// <summary>The parsed arguments of <c>geonlp corpus build</c>: exactly one of <see cref="JsonlInput"/> and <see cref="InputFolder"/>.</summary>
internal sealed record CorpusBuildArguments(string Database, string? JsonlInput, string? InputFolder, DateOnly? Date);
