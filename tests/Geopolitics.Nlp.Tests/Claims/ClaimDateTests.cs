namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>
/// The date of a claim: the day of the saying where the sentence gives one, not a date about the speaker or in a clause
/// set against the speaker's. Sentences written for these tests, not taken from any corpus.
/// </summary>
public sealed class ClaimDateTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_day_taken_out_of_the_clause_dates_the_claim()
    {
        const string text = "Juru bicara Kementerian Luar Negeri Malaysia mengatakan negaranya akan membalas tarif baru itu, Jumat (2/8).";
        var claim = Assert.Single(Analyzer.Analyze(text, new AnalysisOptions { DocumentDate = new DateOnly(2019, 8, 3) }).Claims);
        Assert.Equal("2019-08-02", claim.Date);
    }

    [Fact]
    public void The_day_of_the_attribution_dates_the_claim_before_a_coarser_date_about_the_speaker()
    {
        const string text = "Marcos, yang digulingkan pekan lalu, mengatakan ia akan kembali, Senin (1/9).";
        var claim = Assert.Single(Analyzer.Analyze(text, new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4) }).Claims);
        Assert.Equal("2025-09-01", claim.Date);
    }

    [Theory]
    // A year inside the speaker's apposition describes the speaker, not the saying.
    [InlineData("Vietnam, mitra strategis Filipina sejak 2015, menyatakan dukungan terhadap usulan itu.", "2025-10-26", null)]
    [InlineData("Korea Selatan, anggota G20 sejak 1999, menyatakan keberatan atas tarif tersebut.", "2025-10-26", null)]
    // A date written with its clock time gives its day; a bare clock time gives none.
    [InlineData("Menlu Sugiono mengatakan Indonesia siap membantu evakuasi, Selasa (21/10/2025) pukul 10.30 WIB.", "2025-10-26", "2025-10-21")]
    [InlineData("Juru bicara itu mengatakan bantuan sudah tiba di perbatasan, Kamis (23/10) pukul 09.00.", "2025-10-26", "2025-10-23")]
    [InlineData("Menlu Sugiono mengatakan Indonesia siap membantu evakuasi, pukul 10.30 WIB.", "2025-10-26", null)]
    // A day in an adjunct about the speaker's act, which is no content, dates the claim; so does a week after an object.
    [InlineData("Presiden Ramon Cruz mengumumkan tarif impor baja dipangkas menjadi 10%, setelah melakukan pembicaraan telepon dengan Perdana Menteri Jepang pada Selasa (21/10).",
        "2025-10-26", "2025-10-21")]
    [InlineData("Hendra Wijaya mengecam serangan terhadap kamp pengungsi itu kemarin.", "2025-10-26", "2025-10-25")]
    // A date in a clause set against the speaker's does not date the claim.
    [InlineData("Chile keluar dari perjanjian itu sejak 17 Maret 2019, tetapi ICC berpendapat bahwa kasusnya tetap sah.", "2025-10-26", null)]
    // The occasion a back-reference gives to the claim its sentence makes by the same source dates it.
    [InlineData("Menlu Hendra Wijaya menyampaikan apresiasi kepada negara sahabat atas bantuan evakuasi. Hal itu disampaikan Hendra usai rapat di Istana, Jumat (20/6).",
        "2025-06-22", "2025-06-20")]
    public void The_claim_date_is_the_day_of_the_saying(string text, string documentDate, string? date)
    {
        var options = new AnalysisOptions { DocumentDate = DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture) };
        var claim = Assert.Single(Analyzer.Analyze(text, options).Claims);
        Assert.Equal(date, claim.Date);
    }

    [Theory]
    // `pada` and a date closing an object date the act, and are no content.
    [InlineData("Menlu Peru menyampaikan protes keras pada Senin (2/6).", "2025-06-15", "protes keras", "2025-06-02")]
    [InlineData("Perdana Menteri Peru mengumumkan pengunduran dirinya pada 7 September lalu.", "2025-10-26", "pengunduran dirinya", "2025-09-07")]
    [InlineData("Calon presiden itu, Ramon Cruz, mengakui kekalahannya pada Rabu (4/6) dini hari.", "2025-06-15", "kekalahannya", "2025-06-04")]
    [InlineData("Spanyol mengumumkan pengakuan atas Palestina pada Mei 2024.", "2025-06-15", "pengakuan atas Palestina", "2024-05")]
    // A time after an event verb of the content is the event's: content, no date of the saying.
    [InlineData("Juru bicara militer Thailand menyebut ledakan terjadi kemarin.", "2025-06-15", "ledakan terjadi kemarin", null)]
    [InlineData("Polisi mengatakan dua tersangka tertangkap pekan lalu.", "2025-06-15", "dua tersangka tertangkap pekan lalu", null)]
    // A deictic time between the speaker and the verb dates the saying.
    [InlineData("Menlu Hendra Wijaya pekan ini menyatakan bahwa Indonesia siap menjadi tuan rumah.", "2025-06-15", "Indonesia siap menjadi tuan rumah", "2025-W24")]
    public void A_date_after_an_object_dates_the_act(string text, string documentDate, string content, string? date)
    {
        var options = new AnalysisOptions { DocumentDate = DateOnly.Parse(documentDate, System.Globalization.CultureInfo.InvariantCulture) };
        var claim = Assert.Single(Analyzer.Analyze(text, options).Claims);
        Assert.Equal((content, date), (claim.Content.Text, claim.Date));
    }

    [Fact]
    public void A_date_in_a_relative_clause_about_the_speaker_does_not_date_the_claim()
    {
        const string text = "Presiden Filipina Ferdinand Marcos Jr, yang akan memegang keketuaan ASEAN pada 2026, berjanji melanjutkan pembahasan itu.";
        var claim = Assert.Single(Analyzer.Analyze(text, new AnalysisOptions { DocumentDate = new DateOnly(2025, 10, 26) }).Claims);
        Assert.Null(claim.Date);
    }
}
