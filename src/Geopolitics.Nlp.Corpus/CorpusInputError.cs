namespace Geopolitics.Nlp.Corpus;

/// <summary>An input line that could not become an article, kept in the <c>errors</c> table.</summary>
/// <param name="Source">The file (or <c>standard input</c>) the line came from.</param>
/// <param name="Line">The 1-based line number, or 0 for a whole file.</param>
/// <param name="ArticleId">The id the line gave, when it could be read.</param>
/// <param name="Reason">Why the line was rejected.</param>
public sealed record CorpusInputError(string Source, int Line, string? ArticleId, string Reason);
