using Geopolitics.Nlp.Entities;

namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// The passes for the furniture and conventions of real news (ANNOTATION.md, Entities): outlets, bylines, place
/// extents, venues, organizations shown by context, non-entities; through the public analyzer, exact spans and types.
/// </summary>
public sealed class NewsConventionPassTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    private static List<string> Entities(string text) =>
        Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}").ToList();

    [Theory]
    [InlineData("REPUBLIKA.CO.ID, JAKARTA -- Presiden memanggil para menteri ke Istana.", "Organization REPUBLIKA.CO.ID")]
    [InlineData("JAKARTA, KOMPAS.com - Pemerintah mengumumkan kebijakan baru.", "Organization KOMPAS.com")]
    [InlineData("ERA.id - Pemerintah mengumumkan kebijakan baru.", "Organization ERA.id")]
    [InlineData("Berita ini dikutip dari Beritabaru.co.id pada Senin.", "Organization Beritabaru.co.id")]
    [InlineData("Foto itu diambil oleh fotografer Getty Images di lokasi.", "Organization Getty Images")]
    public void Media_outlets_are_organizations_as_written(string text, string expected) =>
        Assert.Contains(expected, Entities(text));

    [Theory]
    [InlineData("LAPORAN: SARAH AMALIA PUTRI\n\nPemerintah Indonesia menolak usulan itu.", "Person SARAH AMALIA PUTRI")]
    [InlineData("Redaktur & Reporter : M. Budi Santoso\n\nSumber Antara", "Person M. Budi Santoso")]
    [InlineData("Foto: JOHN SMITH / AFP\n\nPresiden berpidato di depan parlemen.", "Person JOHN SMITH")]
    public void Byline_reporters_are_people_in_capitals_too(string text, string expected) =>
        Assert.Contains(expected, Entities(text));

    [Fact]
    public void A_line_of_reporter_initials_names_nobody() =>
        Assert.DoesNotContain(Entities("Menteri itu tiba pada pagi hari.\n\n(KRS/ABD)"), e => e.Contains("KRS", StringComparison.Ordinal));

    [Theory]
    [InlineData("Pertemuan itu berlangsung di Jakarta Pusat pada Senin.", "Gpe Jakarta Pusat")]
    [InlineData("Ia lahir di Kota Meksiko pada 1970.", "Gpe Kota Meksiko")]
    [InlineData("Pembangunan di Indonesia Timur terus dipercepat.", "Location Indonesia Timur")]
    [InlineData("Ia berbicara dari Lanzhou, China, pada Kamis.", "Gpe Lanzhou")]
    [InlineData("Gubernur Jawa Barat meninjau Kabupaten Garut kemarin.", "Gpe Kabupaten Garut")]
    public void Place_names_keep_their_head_and_compass_parts(string text, string expected) =>
        Assert.Contains(expected, Entities(text));

    [Theory]
    [InlineData("Para menteri bertemu di Jakarta Convention Center pada Senin.", "Location Jakarta Convention Center")]
    [InlineData("Presiden menerima tamunya di Istana Bogor kemarin.", "Location Istana Bogor")]
    [InlineData("Ia terlihat meninggalkan Kompleks Istana Kepresidenan malam itu.", "Location Kompleks Istana Kepresidenan")]
    [InlineData("Trump berbicara kepada wartawan di Gedung Putih.", "Location Gedung Putih")]
    [InlineData("Gedung Putih menolak berkomentar soal laporan itu.", "Organization Gedung Putih")]
    public void Venues_are_locations_and_a_speaking_institution_an_organization(string text, string expected) =>
        Assert.Contains(expected, Entities(text));

    [Theory]
    [InlineData("Para pemimpin ASEAN makan malam di Istana Perdana Menteri Singapura pada Kamis.")]
    [InlineData("Rapat berlangsung di Gedung Menteri Keuangan Jepang kemarin.")]
    public void A_venue_head_left_alone_by_an_office_is_no_place(string text) =>
        Assert.DoesNotContain(Entities(text), e => e is "Location Istana" or "Location Gedung");

    [Theory]
    [InlineData("Saham PT Cahaya Makmur Sentosa Tbk naik tajam.", "Organization PT Cahaya Makmur Sentosa Tbk")]
    [InlineData("Pemain itu bergabung dengan klub Persikabo musim lalu.", "Organization Persikabo")]
    public void Companies_and_clubs_are_organizations(string text, string expected) =>
        Assert.Contains(expected, Entities(text));

    [Theory]
    [InlineData("Sebanyak 26 WNI dievakuasi dari Kabul.", "WNI")]
    [InlineData("Kapal itu masuk Zona Ekonomi Eksklusif Indonesia.", "Zona Ekonomi Eksklusif")]
    [InlineData("Pengungsi Rohingya tiba di Aceh.", "Rohingya")]
    [InlineData("Video itu diunggah ke YouTube pada Senin.", "YouTube")]
    public void Categories_groups_and_platforms_are_not_entities(string text, string category) =>
        Assert.DoesNotContain(Entities(text), e => e.EndsWith(" " + category, StringComparison.Ordinal));

    [Theory]
    [InlineData("Hubungan dengan Negeri Tirai Bambu terus membaik.", "Gpe Negeri Tirai Bambu", "Tiongkok")]
    [InlineData("Kebijakan Paman Sam itu dikritik banyak negara.", "Gpe Paman Sam", "Amerika Serikat")]
    [InlineData("Krisis energi melanda Benua Biru musim dingin ini.", "Location Benua Biru", "Eropa")]
    public void Place_epithets_take_the_place_type_and_name(string text, string expected, string canonical)
    {
        var entities = Analyzer.Analyze(text).Entities;
        Assert.Contains(entities, e => $"{e.Type} {e.Text}" == expected && e.Canonical == canonical);
    }

    [Theory]
    [InlineData("PM Australia Scott Morrison tiba di Jakarta.", "Person Scott Morrison", "Gpe Australia")]
    [InlineData("Karikatur Nabi Muhammad memicu protes.", "Person Muhammad", null)]
    public void Titles_stay_outside_even_when_the_tagger_glues_them(string text, string person, string? place)
    {
        var entities = Entities(text);
        Assert.Contains(person, entities);
        if (place is not null)
        {
            Assert.Contains(place, entities);
        }
    }

    [Fact]
    public void Headline_names_end_at_negations_and_verbs() =>
        Assert.Contains("Organization Kedubes Jepang", Entities("Kemlu Tegaskan Kedubes Jepang Tak Pernah Terbitkan Imbauan Perjalanan"));
}
