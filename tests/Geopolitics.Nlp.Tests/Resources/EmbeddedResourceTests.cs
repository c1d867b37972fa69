using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Tests.Resources;

public sealed class EmbeddedResourceTests
{
    [Fact]
    public void Every_embedded_resource_opens_and_is_not_empty()
    {
        var names = ResourceText.ListAll().ToList();
        Assert.Contains("Tokenization/abbreviations.txt", names);
        foreach (var name in names)
        {
            using var stream = ResourceText.Open(name);
            Assert.True(stream.ReadByte() >= 0, $"{name} is empty");
        }
    }

    [Fact]
    public void Every_word_list_line_is_trimmed_data()
    {
        foreach (var name in ResourceText.ListAll().Where(n => n.EndsWith(".txt", StringComparison.Ordinal) && !n.Contains("licenses/", StringComparison.Ordinal)))
        {
            Assert.All(ResourceText.ReadDataLines(name), line => Assert.Equal(line.Trim(), line));
        }
    }
}
