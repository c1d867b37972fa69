using System.Text;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>The seed articles, and a ~1 MB corpus of them repeated, read from the repository's seeds/ folder.</summary>
public static class Corpus
{
    private static readonly Lazy<string> SeedsFolder = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "seeds")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new DirectoryNotFoundException("seeds/ not found above " + AppContext.BaseDirectory) : Path.Combine(dir.FullName, "seeds");
    });

    public static IReadOnlyList<string> SeedIds { get; } =
        Directory.GetFiles(SeedsFolder.Value, "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;

    public static string Seed(string id) => File.ReadAllText(Path.Combine(SeedsFolder.Value, id + ".txt"));

    public static string Megabyte { get; } = BuildMegabyte();

    private static string BuildMegabyte()
    {
        var all = string.Join("\n\n", SeedIds.Select(Seed));
        var builder = new StringBuilder((1 << 20) + all.Length);
        while (builder.Length < 1 << 20)
        {
            builder.Append(all).Append("\n\n");
        }

        return builder.ToString();
    }
}
