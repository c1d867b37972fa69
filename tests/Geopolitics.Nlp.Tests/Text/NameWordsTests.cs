using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tests.Text;

/// <summary><see cref="NameWords"/> reads a name's words as <c>Split(' ', RemoveEmptyEntries)</c> would.</summary>
public sealed class NameWordsTests
{
    [Theory]
    [InlineData("Kementerian Luar Negeri Prancis", "Kementerian", "Prancis", "Luar Negeri Prancis", 4)]
    [InlineData("Kemlu Prancis", "Kemlu", "Prancis", "Prancis", 2)]
    [InlineData("KCNA", "KCNA", "KCNA", "", 1)]
    [InlineData("  Kedubes   Jepang ", "Kedubes", "Jepang", "Jepang", 2)]
    [InlineData("", "", "", "", 0)]
    [InlineData("   ", "", "", "", 0)]
    public void Words_are_read_as_a_split_on_spaces_reads_them(string name, string first, string last, string afterFirst, int count)
    {
        Assert.Equal(first, NameWords.First(name).ToString());
        Assert.Equal(last, NameWords.Last(name).ToString());
        Assert.Equal(afterFirst, NameWords.AfterFirst(name).ToString());
        Assert.Equal(count, NameWords.Count(name, int.MaxValue));
        Assert.Equal(name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, count);
    }

    [Theory]
    [InlineData("a b c d e", 2, 2)]
    [InlineData("a b", 3, 2)]
    public void Counting_stops_at_the_limit(string name, int atMost, int expected) =>
        Assert.Equal(expected, NameWords.Count(name, atMost));
}
