using System.Globalization;
using System.Text;

namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// The entity stage's whole output (span, type, canonical name, id) on the seeds and the development articles, held
/// against a snapshot: a refactoring must leave it byte-identical, and a rule change shows its full effect in the diff.
/// After an intended change, regenerate with <c>GEONLP_UPDATE_ENTITY_GOLDEN=1 dotnet test --filter EntityGoldenOutput</c>
/// and review the diff of <c>tests/Data/entity-golden/</c>.
/// </summary>
public sealed class EntityGoldenOutputTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string> Articles()
    {
        var data = new TheoryData<string>();
        foreach (var folder in new[] { "seeds", Path.Combine("tests", "Data", "dev-articles") })
        {
            foreach (var file in Directory.GetFiles(Path.Combine(TestData.Root, folder), "*.txt").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetRelativePath(TestData.Root, file));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Entity_output_matches_the_snapshot(string article)
    {
        var text = File.ReadAllText(Path.Combine(TestData.Root, article));
        var actual = Render(Analyzer.Analyze(text));
        var snapshot = Path.Combine(TestData.Root, "tests", "Data", "entity-golden", Path.GetFileNameWithoutExtension(article) + ".tsv");
        if (Environment.GetEnvironmentVariable("GEONLP_UPDATE_ENTITY_GOLDEN") == "1")
        {
            File.WriteAllText(snapshot, actual);
        }

        Assert.Equal(File.ReadAllText(snapshot), actual);
    }

    private static string Render(ArticleAnalysis analysis)
    {
        var sb = new StringBuilder();
        foreach (var e in analysis.Entities)
        {
            sb.Append(CultureInfo.InvariantCulture, $"{e.Start}\t{e.End}\t{e.Type}\t{e.Text}\t{e.Canonical}\t{e.Id}\n");
        }

        return sb.ToString();
    }
}
