using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Tests.Tokenization;

public sealed class IndonesianTokenizerTests
{
    private static string[] Tokens(string text) => IndonesianTokenizer.Default.Tokenize(text).Select(t => t.Text).ToArray();

    public static TheoryData<string, string[]> Cases => new()
    {
        { "negara-negara Barat", ["negara-negara", "Barat"] },
        { "Kim Jong-un dan Lee Ho-ryung", ["Kim", "Jong-un", "dan", "Lee", "Ho-ryung"] },
        { "hubungan Rusia-RDRK", ["hubungan", "Rusia", "-", "RDRK"] },
        { "Rabu (3/9/2023) pukul 09.23 WIB", ["Rabu", "(", "3/9/2023", ")", "pukul", "09.23", "WIB"] },
        { "1.000.000 dan 10,5 persen", ["1.000.000", "dan", "10,5", "persen"] },
        { "Tn. Lomanov, Dr. Soetomo, dll.", ["Tn.", "Lomanov", ",", "Dr.", "Soetomo", ",", "dll."] },
        { "gelar S.H. dan M.Si. di A.S.", ["gelar", "S.H.", "dan", "M.Si.", "di", "A.S."] },
        { "“Kami siap,” ujarnya.", ["“", "Kami", "siap", ",", "”", "ujarnya", "."] },
        { "Jum'at lalu", ["Jum'at", "lalu"] },
        { "tahun 1990-an dan abad ke-20", ["tahun", "1990-an", "dan", "abad", "ke-20"] },
        { "periode 30-35 tahun", ["periode", "30", "-", "35", "tahun"] },
        { "lihat https://example.com/a?b=1. Lalu", ["lihat", "https://example.com/a?b=1", ".", "Lalu"] },
        { "kirim ke redaksi@jfid.id segera", ["kirim", "ke", "redaksi@jfid.id", "segera"] },
        { "Facebook-nya", ["Facebook", "-", "nya"] },
        { "tunggu...", ["tunggu", "..."] },
        { "Rp10.000", ["Rp", "10.000"] },
        { "C/O dan S/A, II/2007", ["C/O", "dan", "S/A", ",", "II/2007"] },
        { "ANTARA FOTO/M Risyal/app", ["ANTARA", "FOTO", "/", "M", "Risyal", "/", "app"] },
        { "Hafidz Mubarak A/nym.", ["Hafidz", "Mubarak", "A", "/", "nym", "."] },
        { "HO-Kemlu RI/aa.", ["HO", "-", "Kemlu", "RI", "/", "aa", "."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_news_text_into_UD_surface_tokens(string text, string[] expected) =>
        Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Marks_the_clitic_of_a_reporting_verb()
    {
        var token = Assert.Single(IndonesianTokenizer.Default.Tokenize("ujarnya"));
        Assert.True(token.HasClitic);
        Assert.Equal("ujar", token.HostAsSpan().ToString());
        Assert.Equal("nya", token.CliticAsSpan().ToString());
    }

    [Theory]
    [InlineData("hanya")]
    [InlineData("adalah")]
    [InlineData("langkah")]
    [InlineData("telah")]
    public void Does_not_mark_a_clitic_in_words_that_only_end_like_one(string word) =>
        Assert.False(Assert.Single(IndonesianTokenizer.Default.Tokenize(word)).HasClitic);

    [Fact]
    public void Keeps_non_breaking_spaces_out_of_tokens()
    {
        var tokens = Tokens("Rusia\u00A0dan\u00A0RDRK");
        Assert.Equal(["Rusia", "dan", "RDRK"], tokens);
    }

    [Fact]
    public void Keeps_a_surrogate_pair_in_one_token_and_a_lone_surrogate_alone()
    {
        var text = "a \uD83D\uDE00 b \uD800 c";
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        Assert.Equal(["a", "\uD83D\uDE00", "b", "\uD800", "c"], tokens.Select(t => t.Text));
        Assert.All(tokens, t => Assert.InRange(t.End, t.Start + 1, text.Length));
    }

    [Fact]
    public void Enumerating_over_a_span_gives_the_same_offsets_as_tokenizing_a_string()
    {
        var text = TestData.SeedText(TestData.SeedIds.First());
        var fromString = IndonesianTokenizer.Default.Tokenize(text).Select(t => (t.Start, t.End)).ToList();
        var fromSpan = new List<(int, int)>();
        foreach (var bounds in IndonesianTokenizer.Default.EnumerateTokens(text.AsSpan()))
        {
            fromSpan.Add((bounds.Start, bounds.End));
        }

        Assert.Equal(fromString, fromSpan);
        Assert.Equal(fromString.Count, IndonesianTokenizer.Default.CountTokens(text));
    }
}
