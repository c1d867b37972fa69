namespace Geopolitics.Nlp.Tests.Entities;

public sealed class HeadlineAndDatelineTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_headline_name_ends_before_its_verb_and_the_names_after_it_are_found()
    {
        var entities = Analyzer.Analyze("Dewan Gubernur IAEA Desak Iran Buka Akses\n\nIsi berita.").Entities;
        Assert.DoesNotContain(entities, e => e.Text.Contains("Desak", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.Text == "Iran" && e.Type == Geopolitics.Nlp.Entities.EntityType.Gpe);
    }

    [Theory]
    [InlineData("Kuala Lumpur (ANTARA) - Para menteri bertemu di ibu kota Malaysia.", "ANTARA")]
    [InlineData("JAKARTA, KOMPAS.com - Pemerintah menyiapkan anggaran baru.", "KOMPAS.com")]
    public void The_source_in_a_dateline_is_an_organization(string text, string source) =>
        Assert.Contains(Analyzer.Analyze(text).Entities, e => e.Text == source && e.Type == Geopolitics.Nlp.Entities.EntityType.Organization);

    [Theory]
    [InlineData("MANCHESTER, KOMPAS.com - Manchester United menang atas tamunya.",
        "Gpe MANCHESTER|Organization KOMPAS.com|Organization Manchester United")]
    [InlineData("BARCELONA, KOMPAS.com - Barcelona kalah di kandang.", "Gpe BARCELONA|Organization KOMPAS.com|Organization Barcelona")]
    public void The_place_of_a_dateline_is_a_place_even_where_a_club_bears_its_name(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}"));

    // A `Baca juga:` label does not keep its title from being a headline; a verb no list holds, between two known names
    // (or before a count), ends the name before it; page labels, a place's head word alone, a counted floor and a
    // country's base name no place but the country.
    [Theory]
    [InlineData("Baca juga: Putin Sindir Macron soal Ukraina\n\nPutin berbicara. Macron diam.",
        "Person Putin|Person Macron|Gpe Ukraina|Person Putin|Person Macron")]
    [InlineData("Baca Juga :\n\nNetanyahu Tantang Erdogan Bertemu di Baku\n\nNetanyahu menolak. Erdogan diam.",
        "Person Netanyahu|Person Erdogan|Gpe Baku|Person Netanyahu|Person Erdogan")]
    [InlineData("Baca juga: Indonesia Open 2025 Digelar Pekan Depan\n\nIsi berita.", "Event Indonesia Open 2025")]
    [InlineData("BREAKING NEWS\n\nPresiden Prabowo tiba di Tokyo.", "Person Prabowo|Gpe Tokyo")]
    [InlineData("Warga Terdampar di Pantai, Pemerintah Diam\n\nIsi berita.", "")]
    [InlineData("Baca juga: Korban Dibawa ke Gedung 20 Lantai di Jakarta\n\nIsi berita.", "Gpe Jakarta")]
    [InlineData("Baca juga: Rudal Iran Hantam Pangkalan AS di Suriah\n\nIsi berita.", "Gpe Iran|Gpe AS|Gpe Suriah")]
    public void A_headline_splits_names_at_unknown_verbs_and_names_no_common_nouns(string text, string expected) =>
        Assert.Equal(
            expected.Length == 0 ? [] : expected.Split('|'),
            Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}"));

    [Fact]
    public void A_headline_name_takes_the_type_the_body_gives_it_and_common_nouns_of_the_headline_are_no_place()
    {
        const string text = "Toyota dan Hyundai Berebut Pasar Mobil Listrik\n\n" +
                            "Produsen otomotif Toyota memperkenalkan mobil listrik terbarunya pekan ini. " +
                            "Pabrik baterai milik Hyundai di Karawang mulai beroperasi.";
        var headline = Analyzer.Analyze(text).Entities.Where(e => e.End <= text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Equal(["Organization Toyota", "Organization Hyundai"], headline.Select(e => $"{e.Type} {e.Text}"));
    }

    [Fact]
    public void A_one_word_headline_name_that_begins_an_organization_of_the_body_is_that_organization()
    {
        const string text = "Shopee dan Lazada Bersaing Ketat\n\nCEO Shopee Indonesia Chris Feng mengatakan perusahaan akan terus berinvestasi.";
        var headline = Analyzer.Analyze(text).Entities.Where(e => e.End <= text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Equal(["Organization Shopee"], headline.Select(e => $"{e.Type} {e.Text}"));
    }

    [Fact]
    public void A_common_noun_the_body_writes_in_lower_case_leaves_a_headline_name_which_takes_the_body_s_organization()
    {
        const string text = "Laba Sinar Lautan Naik Tajam\n\nPT Sinar Lautan Tbk mencatat laba bersih naik 20 persen tahun ini.";
        Assert.Equal(
            ["Organization Sinar Lautan", "Organization PT Sinar Lautan Tbk"],
            Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}"));
    }

    // Title-case `di Antara` ("among") is the preposition, not the news agency, which stays after a plain `di`; a
    // headline's noun in -an before a known place is no part of the place's name.
    [Theory]
    [InlineData("Buku Hidup di Antara Dua Benua terbit bulan lalu.", "")]
    [InlineData("Wartawan itu bekerja di Antara sejak 2010.", "Organization 24-30 Antara")]
    [InlineData("Di Antara Reruntuhan Beirut, Warga Bertahan", "Gpe 21-27 Beirut")]
    public void Title_case_di_antara_is_no_news_agency(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));
}
