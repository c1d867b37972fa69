using System.Text.RegularExpressions;

namespace Geopolitics.Nlp.Tests;

/// <summary>
/// The README shows the projects under <c>samples/</c> verbatim: each code block marked
/// <c>&lt;!-- sample: PATH --&gt;</c> must equal the file, and every sample source file must be shown.
/// </summary>
public sealed partial class ReadmeSampleTests
{
    [GeneratedRegex("<!-- sample: (?<path>[^ ]+) -->\\n```csharp\\n(?<code>.*?)\\n```", RegexOptions.Singleline, matchTimeoutMilliseconds: 10_000)]
    private static partial Regex SampleBlock();

    [Fact]
    public void Every_sample_block_in_the_README_is_its_file_verbatim_and_every_sample_file_is_shown()
    {
        var readme = File.ReadAllText(Path.Combine(TestData.Root, "README.md")).ReplaceLineEndings("\n");
        var shown = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match block in SampleBlock().Matches(readme))
        {
            var path = block.Groups["path"].Value;
            var file = File.ReadAllText(Path.Combine(TestData.Root, path)).ReplaceLineEndings("\n").TrimEnd('\n');
            Assert.True(file == block.Groups["code"].Value, $"README block for {path} differs from the file");
            shown.Add(path);
        }

        var sources = Directory.GetFiles(Path.Combine(TestData.Root, "samples"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(TestData.Root, f).Replace(Path.DirectorySeparatorChar, '/'));
        Assert.All(sources, s => Assert.True(shown.Contains(s), $"{s} is not shown in the README"));
        Assert.Equal(4, shown.Count);
    }
}
