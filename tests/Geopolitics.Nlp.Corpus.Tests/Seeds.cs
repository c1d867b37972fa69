namespace Geopolitics.Nlp.Corpus.Tests;

/// <summary>The seed articles of the repository (found from the test's working directory) and their analyses.</summary>
internal static class Seeds
{
    private static readonly Lazy<string> RepoRoot = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Geopolitics.Nlp.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Cannot find the repository root from " + AppContext.BaseDirectory);
    });

    private static readonly Lazy<IReadOnlyList<ArticleAnalysis>> Cached = new(() =>
    {
        var analyzer = new ArticleAnalyzer();
        return Files.Select(f => analyzer.Analyze(File.ReadAllText(f), new AnalysisOptions { Id = Path.GetFileNameWithoutExtension(f) })).ToList();
    });

    public static string Folder => Path.Combine(RepoRoot.Value, "seeds");

    public static IReadOnlyList<string> Files => Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToList();

    /// <summary>The five seeds analyzed with their file names as ids (and inferred document dates).</summary>
    public static IReadOnlyList<ArticleAnalysis> Analyses => Cached.Value;

    public static async IAsyncEnumerable<ArticleAnalysis> Stream(IEnumerable<ArticleAnalysis> analyses)
    {
        foreach (var analysis in analyses)
        {
            await Task.Yield();
            yield return analysis;
        }
    }
}
