using Geopolitics.Nlp.Text;

namespace Geopolitics.Nlp.Tests.Text;

public sealed class SpanLookupTests
{
    private static readonly KeyValuePair<string, int>[] Entries =
        [new("menteri", 1), new("Presiden", 2), new("menteri", 3), new("ketua umum", 4)];

    [Theory]
    [InlineData("menteri", false, true, 3)] // the later of two equal keys wins
    [InlineData("Presiden", false, true, 2)]
    [InlineData("presiden", false, false, 0)]
    [InlineData("presiden", true, true, 2)]
    [InlineData("MENTERI", true, true, 3)]
    [InlineData("ketua umum", false, true, 4)]
    [InlineData("ketua", false, false, 0)]
    [InlineData("", false, false, 0)]
    public void Finds_a_key_by_span(string key, bool ignoreCase, bool found, int value)
    {
        var lookup = new SpanLookup<int>(Entries, ignoreCase);
        Assert.Equal(found, lookup.TryGetValue(("«" + key + "»").AsSpan(1, key.Length), out var actual));
        Assert.Equal(value, actual);
        Assert.Equal(3, lookup.Count);
    }

    [Fact]
    public void Builds_from_a_sequence_of_unknown_length_and_from_none()
    {
        var many = new SpanLookup<int>(Enumerable.Range(0, 1000).Select(i => KeyValuePair.Create("k" + i, i)), ignoreCase: false);
        Assert.Equal(1000, many.Count);
        Assert.True(many.TryGetValue("k999", out var v) && v == 999);
        var none = new SpanLookup<int>([], ignoreCase: true);
        Assert.Equal(0, none.Count);
        Assert.False(none.ContainsKey("k1"));
    }

    [Theory]
    [InlineData("k", true)]
    [InlineData("korea", true)]
    [InlineData("koreautara", true)]
    [InlineData("koreautarax", false)]
    [InlineData("orea", false)]
    [InlineData("rusia", true)]
    [InlineData("x", false)]
    public void Prefix_filter_never_misses_a_prefix_of_a_key(string prefix, bool mayBegin)
    {
        // A false positive (hash collision) is allowed in general, but these few short keys have none.
        var filter = new PrefixFilter(["koreautara", "korea", "rusia"]);
        Assert.Equal(mayBegin, filter.MayBegin(prefix));
    }
}
