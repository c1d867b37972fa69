using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        return SentenceSplitter.Default.Split(text, tokens).Select(s => text[s.Start..s.End]).ToArray();
    }

    public static TheoryData<string, string[]> Cases => new()
    {
        { "Lavrov tiba. Ia bertemu Kim.", ["Lavrov tiba.", "Ia bertemu Kim."] },
        { "Ia bertemu Tn. Lomanov di Moskow. Lalu pulang.", ["Ia bertemu Tn. Lomanov di Moskow.", "Lalu pulang."] },
        { "Nilainya 1.000.000 dolar. Itu besar.", ["Nilainya 1.000.000 dolar.", "Itu besar."] },
        { "“Kami siap.” Ia lalu pergi.", ["“Kami siap.”", "Ia lalu pergi."] },
        { "“Apa?” tanya dia.", ["“Apa?” tanya dia."] },
        // Kompas writes ” for both marks: one glued to the next word opens the next sentence; one glued to the period closes.
        { "Ia puas. ”Kami sepakat. Ini baik,” ujarnya.", ["Ia puas.", "”Kami sepakat.", "Ini baik,” ujarnya."] },
        { "”Kami sepakat.” Ia lalu pergi.", ["”Kami sepakat.”", "Ia lalu pergi."] },
        { "Rusia - Korea Utara: Hubungan erat\nDari 13 hingga 15 Juli, Lavrov tiba.", ["Rusia - Korea Utara: Hubungan erat", "Dari 13 hingga 15 Juli, Lavrov tiba."] },
        { "Poin penting:\n- Kerja sama militer\n- Kerja sama ekonomi", ["Poin penting:", "- Kerja sama militer", "- Kerja sama ekonomi"] },
        { "Ia menyatakan: \n\n“Kami bersedia.”", ["Ia menyatakan:", "“Kami bersedia.”"] },
        { "baris yang dipotong\nmasih satu kalimat.", ["baris yang dipotong\nmasih satu kalimat."] },
        { "Diatur dalam Permenkeu No. 34/PMK.011/2007 tanggal 3 April.", ["Diatur dalam Permenkeu No. 34/PMK.011/2007 tanggal 3 April."] },
        { "Mereka membeli kopi, teh, dll. Kemudian pulang.", ["Mereka membeli kopi, teh, dll.", "Kemudian pulang."] },
        { "Tunggu... lalu ia datang.", ["Tunggu... lalu ia datang."] },
        { "tanpa tanda baca sama sekali", ["tanpa tanda baca sama sekali"] },
        // A capital letter with its period is an initial, unless a word that opens sentences follows it.
        { "Presiden Donald J. Trump tiba.", ["Presiden Donald J. Trump tiba."] },
        { "Ia mengumumkan serangan itu di media sosial X. Ia juga mengeklaim kemenangan.", ["Ia mengumumkan serangan itu di media sosial X.", "Ia juga mengeklaim kemenangan."] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_at_sentence_ends_and_line_breaks_but_not_at_abbreviations(string text, string[] expected) =>
        Assert.Equal(expected, Sentences(text));

    [Theory]
    [MemberData(nameof(TestData.Seeds), MemberType = typeof(TestData))]
    public void Sentences_of_a_seed_cover_every_token_once_in_order(string id)
    {
        var text = TestData.SeedText(id);
        var tokens = IndonesianTokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens);
        var next = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            next = sentence.EndToken;
        }

        Assert.Equal(tokens.Length, next);
    }

    [Fact]
    public void The_headline_and_byline_of_a_seed_are_sentences_of_their_own()
    {
        var id = TestData.SeedIds.Single(s => s.StartsWith("004_", StringComparison.Ordinal));
        var text = TestData.SeedText(id);
        var sentences = Sentences(text);
        Assert.Equal("Putin Siap Hadiri Undangan Kim Jong Un ke Korea Utara", sentences[0]);
        Assert.Equal("Deni Puja Pranata", sentences[1]);
        Assert.Equal("8 Min Read", sentences[2]);
    }
}
