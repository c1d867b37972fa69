namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>Text without capitals (lower-cased corpora, some feeds) still gets entities from the caseless features.</summary>
public sealed class CaselessTextTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void Lower_cased_news_still_yields_entities()
    {
        var analysis = Analyzer.Analyze("presiden joko widodo bertemu perdana menteri jepang di tokyo pada senin lalu untuk membahas perdagangan .");
        Assert.NotEmpty(analysis.Entities);
        Assert.Contains(analysis.Entities, e => e.Text == "tokyo" && e.Type == Geopolitics.Nlp.Entities.EntityType.Gpe);
    }

    [Theory]
    [InlineData("Presiden Joko Widodo bertemu di Tokyo.", false)]
    [InlineData("presiden joko widodo bertemu di tokyo.", true)]
    [InlineData("ya", false)]
    public void A_document_is_caseless_only_when_almost_no_word_starts_with_a_capital(string text, bool expected)
    {
        var tokens = Geopolitics.Nlp.Tokenization.IndonesianTokenizer.Default.Tokenize(text);
        Assert.Equal(expected, Geopolitics.Nlp.Entities.EntityStage.IsCaseless(text, tokens));
    }
}

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

    [Fact]
    public void Foreign_names_lose_their_diacritics_in_the_canonical_form()
    {
        var analysis = Analyzer.Analyze("Presiden Turki Recep Tayyip Erdoğan tiba di Jakarta.");
        Assert.Contains(analysis.Entities, e => e.Canonical == "Recep Tayyip Erdogan");
    }
}

public sealed class NamedEventTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Para menteri hadir dalam Pertemuan Menteri Luar Negeri ASEAN ke-58 di Kuala Lumpur.", "Pertemuan Menteri Luar Negeri ASEAN ke-58")]
    [InlineData("Presiden berpidato di Sidang Majelis Umum PBB ke-80 di New York.", "Sidang Majelis Umum PBB ke-80")]
    [InlineData("Ia akan menghadiri KTT ASEAN ke-47 bulan depan.", "KTT ASEAN ke-47")]
    public void A_named_meeting_with_its_acronym_and_edition_is_one_event(string text, string expected) =>
        Assert.Contains(Analyzer.Analyze(text).Entities, e => e.Type == Geopolitics.Nlp.Entities.EntityType.Event && e.Text == expected);

    [Fact]
    public void A_meeting_of_two_people_is_not_an_event_name() =>
        Assert.DoesNotContain(Analyzer.Analyze("Pertemuan Lavrov dan Kim berlangsung hangat.").Entities, e => e.Type == Geopolitics.Nlp.Entities.EntityType.Event);
}

public sealed class OfficeHolderTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Fact]
    public void A_title_country_and_name_tagged_as_one_place_become_a_country_and_a_person()
    {
        var entities = Analyzer.Analyze("Presiden Afrika Selatan Cyril Ramaphosa, selaku tuan rumah, menyebut deklarasi itu sebagai kemenangan.").Entities;
        Assert.Contains(entities, e => e.Text == "Afrika Selatan" && e.Type == Geopolitics.Nlp.Entities.EntityType.Gpe);
        Assert.Contains(entities, e => e.Text == "Cyril Ramaphosa" && e.Type == Geopolitics.Nlp.Entities.EntityType.Person);
    }

    [Fact]
    public void A_short_name_before_the_full_one_takes_the_full_name()
    {
        var entities = Analyzer.Analyze("Ramaphosa tiba lebih awal. Presiden Afrika Selatan Cyril Ramaphosa lalu membuka sidang.").Entities;
        Assert.All(entities.Where(e => e.Text.Contains("Ramaphosa", StringComparison.Ordinal)), e => Assert.Equal("Cyril Ramaphosa", e.Canonical));
    }
}

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
}

public sealed class EnglishOrganizationTests
{
    [Theory]
    [InlineData("Peneliti dari Centre for Strategic and International Studies menilai hal itu.", "Centre for Strategic and International Studies")]
    [InlineData("Ekonom Institute for Development of Economics and Finance juga hadir.", "Institute for Development of Economics and Finance")]
    public void An_English_organization_name_keeps_its_function_words(string text, string expected) =>
        Assert.Contains(new ArticleAnalyzer().Analyze(text).Entities, e => e.Text == expected && e.Type == Geopolitics.Nlp.Entities.EntityType.Organization);
}
