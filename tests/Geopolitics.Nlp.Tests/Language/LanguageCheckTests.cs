using Geopolitics.Nlp.Tests.Hosting;
using Microsoft.Extensions.Logging;

namespace Geopolitics.Nlp.Tests.Language;

public sealed class LanguageCheckTests
{
    // Written for these tests.
    private const string English =
        "The foreign ministers of the two countries met in Geneva on Monday and said that they would work together on " +
        "maritime security. \"We have agreed to hold joint patrols from next month,\" the minister told reporters after " +
        "the meeting, which was also attended by officials from the United Nations.";

    private const string Malay =
        "Menteri Luar Negeri kedua-dua negara bertemu di Kuala Lumpur semalam. Beliau berkata bahawa kerjasama maritim " +
        "amat penting kerana kawasan itu sibuk, manakala pegawai kanan akan bertemu sekali lagi selepas mesyuarat " +
        "tersebut, iaitu pada bulan hadapan.";

    private const string Indonesian =
        "Menteri Luar Negeri kedua negara bertemu di Jakarta pada Senin. Ia mengatakan bahwa kerja sama maritim sangat " +
        "penting karena kawasan itu ramai, sedangkan para pejabat tinggi akan kembali bertemu setelah pertemuan " +
        "tersebut, yaitu pada bulan depan.";

    [Theory]
    [MemberData(nameof(TestData.Seeds), MemberType = typeof(TestData))]
    public void Seed_articles_are_Indonesian_with_high_confidence(string id)
    {
        var analysis = new ArticleAnalyzer().Analyze(TestData.SeedText(id));
        Assert.Equal("id", analysis.Language);
        Assert.True(analysis.LanguageConfidence >= 0.9, $"confidence {analysis.LanguageConfidence}");
    }

    [Theory]
    [InlineData(Indonesian, "id")]
    [InlineData(English, "en")]
    [InlineData(Malay, "ms")]
    public void A_news_paragraph_is_recognized(string text, string language)
    {
        var analysis = new ArticleAnalyzer().Analyze(text);
        Assert.Equal(language, analysis.Language);
        Assert.True(analysis.LanguageConfidence >= 0.7, $"confidence {analysis.LanguageConfidence}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("Jakarta")]
    [InlineData("Joko Widodo, Prabowo Subianto, Sergey Lavrov, Kim Jong-un, Xi Jinping")]
    [InlineData("<div class=\"x\"><span>12345</span></div> ### @@@ 0x1F 3/9/2023")]
    [InlineData("qwxz plmr vbnt kjhg zzxq wwer tyui opas dfgh")]
    [InlineData("Le ministre des affaires étrangères a rencontré son homologue hier soir à Paris pour discuter.")]
    public void Empty_junk_names_and_other_languages_are_undetermined(string text)
    {
        var analysis = new ArticleAnalyzer().Analyze(text);
        Assert.Equal("und", analysis.Language);
        Assert.Equal(0, analysis.LanguageConfidence);
    }

    [Fact]
    public void Acronyms_do_not_count_as_English_words() =>
        Assert.Equal("id", new ArticleAnalyzer().Analyze("AS dan RI menandatangani perjanjian itu di Jakarta pada hari ini.").Language);

    [Fact]
    public void A_text_that_is_not_Indonesian_is_logged_as_a_warning()
    {
        var logs = new ListLoggerProvider();
        using var factory = LoggerFactory.Create(b => b.AddProvider(logs));
        var analyzer = new ArticleAnalyzer(new ArticleAnalyzerOptions(), factory, meterFactory: null);

        analyzer.Analyze(Indonesian, new AnalysisOptions { Id = "in-indonesian" });
        Assert.DoesNotContain(logs.Entries, e => e.EventName == "NotIndonesian");

        analyzer.Analyze(English, new AnalysisOptions { Id = "in-english" });
        var warning = Assert.Single(logs.Entries, e => e.EventName == "NotIndonesian");
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("in-english", warning.Message);
        Assert.Contains("en", warning.Message);
    }

    [Fact]
    public void Language_and_confidence_are_in_the_json()
    {
        var json = Geopolitics.Nlp.Serialization.GeoNlpJson.Serialize(new ArticleAnalyzer().Analyze(Indonesian));
        Assert.Contains("\"language\":\"id\"", json);
        Assert.Contains("\"languageConfidence\":", json);
    }
}
