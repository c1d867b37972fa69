using System.Text.Json;

namespace Geopolitics.Nlp.Tests;

/// <summary>Finds the seed articles, their gold files and the test corpora from the test's working directory.</summary>
internal static class TestData
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

    public static string Root => RepoRoot.Value;

    public static string SeedsFolder => Path.Combine(Root, "seeds");

    /// <summary>The Universal Dependencies Indonesian test splits shipped in the repository (tests/Data/ud, CC BY-SA).</summary>
    public static string UniversalDependencies => Path.Combine(Root, "tests", "Data", "ud");

    public static IEnumerable<string> SeedIds =>
        Directory.GetFiles(SeedsFolder, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static string SeedText(string id) => File.ReadAllText(Path.Combine(SeedsFolder, id + ".txt"));

    public static JsonDocument SeedGold(string id) => JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedsFolder, id + ".gold.json")));

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var id in SeedIds)
        {
            data.Add(id);
        }

        return data;
    }
}
