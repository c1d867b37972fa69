namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>Document-level canonical names: capitals acting as governments, headline names, written organization names.</summary>
public sealed class DocumentCanonicalTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_capital_that_judges_is_named_as_its_country()
    {
        var analysis = Analyzer.Analyze("Beijing menilai kapal itu melanggar wilayahnya. Para diplomat tinggal di Beijing.");
        var mentions = analysis.Entities.Where(e => e.Text == "Beijing").ToList();
        Assert.Equal("Tiongkok", mentions[0].Canonical);
        Assert.Equal("Beijing", mentions[1].Canonical);
    }

    [Fact]
    public void A_name_run_into_a_headline_verb_is_cut_back_to_the_name_the_body_uses()
    {
        var text = "Menlu Wiryawan Dorong Persatuan Kawasan\n\nMenteri Luar Negeri Wiryawan mengatakan kawasan harus bersatu. Wiryawan juga bertemu mitranya.";
        var analysis = Analyzer.Analyze(text);
        Assert.DoesNotContain(analysis.Entities, e => e.Type == Geopolitics.Nlp.Entities.EntityType.Person && e.Text.Contains("Dorong", StringComparison.Ordinal));
        Assert.All(analysis.Claims, c => Assert.Equal("Wiryawan", c.Speaker.Entity));
    }

    [Theory]
    [InlineData("Junta militer Myanmar menolak usulan itu.", "Myanmar", "Myanmar")]
    [InlineData("Bantuan untuk warga Palestina tiba.", "Palestina", "Palestina")]
    [InlineData("Pengunjuk rasa memenuhi jalan-jalan Hong Kong.", "Hong Kong", "Hong Kong")]
    [InlineData("Delegasi dari Wilayah Palestina tiba.", "Wilayah Palestina", "Palestina")]
    public void A_country_is_named_by_its_press_form_without_qualifiers(string text, string written, string canonical) =>
        Assert.Equal(canonical, Assert.Single(Analyzer.Analyze(text).Entities, e => e.Text == written).Canonical);

    [Theory]
    [InlineData("Presiden Prabowo Subianto tiba di Beijing.\n\nPenulis: Ahmad Prabowo\n\nPrabowo bertemu Xi Jinping.", "Prabowo", "Prabowo Subianto")]
    [InlineData("Editor: Rizki Sugiono\n\nMenlu Sugiono tiba di Jakarta.", "Sugiono", "Sugiono")]
    [InlineData("Foto: Korea Joint Press Corps via AP\n\nPemimpin dua Korea bertemu di Panmunjom.", "Korea", "Korea")]
    public void A_name_in_a_credit_gives_no_story_name_its_full_form(string text, string written, string canonical) =>
        Assert.Equal(canonical, Analyzer.Analyze(text).Entities.Last(e => e.Text == written).Canonical);

    [Theory]
    // A surname alone is the person the article introduced first; a generational suffix makes another person, and two
    // names whose initials differ are two people.
    [InlineData("Presiden Joe Biden tiba di Delaware. Putranya, Hunter Biden, ikut hadir. Biden kemudian berpidato.", "Biden", "Joe Biden")]
    [InlineData("Presiden Donald Trump tiba di Florida. Donald Trump Jr. mendarat di Nuuk. Trump kemudian berpidato.", "Trump", "Donald Trump")]
    [InlineData("Mantan presiden George W. Bush hadir. Ayahnya, George H.W. Bush, wafat pada 2018.", "George H.W. Bush", "George H.W. Bush")]
    public void A_surname_alone_is_the_person_introduced_first(string text, string written, string canonical) =>
        Assert.Equal(canonical, Analyzer.Analyze(text).Entities.Last(e => e.Text == written).Canonical);

    [Fact]
    public void Foreign_names_lose_their_diacritics_in_the_canonical_form()
    {
        var analysis = Analyzer.Analyze("Presiden Turki Recep Tayyip Erdoğan tiba di Jakarta.");
        Assert.Contains(analysis.Entities, e => e.Canonical == "Recep Tayyip Erdogan");
    }
}
