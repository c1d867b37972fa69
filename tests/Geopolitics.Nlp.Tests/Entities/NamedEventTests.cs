namespace Geopolitics.Nlp.Tests.Entities;

public sealed class NamedEventTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Para menteri hadir dalam Pertemuan Menteri Luar Negeri ASEAN ke-58 di Kuala Lumpur.", "Pertemuan Menteri Luar Negeri ASEAN ke-58")]
    [InlineData("Presiden berpidato di Sidang Majelis Umum PBB ke-80 di New York.", "Sidang Majelis Umum PBB ke-80")]
    [InlineData("Ia akan menghadiri KTT ASEAN ke-47 bulan depan.", "KTT ASEAN ke-47")]
    public void A_named_meeting_with_its_acronym_and_edition_is_one_event(string text, string expected) =>
        Assert.Contains(Analyzer.Analyze(text).Entities, e => e.Type == Geopolitics.Nlp.Entities.EntityType.Event && e.Text == expected);

    [Theory]
    [InlineData("Ia memimpin delegasi pada Sidang Majelis Umum ke-80 Perserikatan Bangsa-Bangsa (PBB) di New York.",
        "Event Sidang Majelis Umum ke-80 Perserikatan Bangsa-Bangsa|Organization PBB|Gpe New York")]
    [InlineData("Presiden berpidato di Sidang Majelis Umum ke-80 PBB.", "Event Sidang Majelis Umum ke-80 PBB")]
    [InlineData("Ia hadir pada KTT ke-46 ASEAN di Kuala Lumpur.", "Event KTT ke-46 ASEAN|Gpe Kuala Lumpur")]
    [InlineData("Pada Pertemuan ke-12 para menteri hadir.", "")]
    [InlineData("Indonesia akan hadir di COP30 di Belem, Brasil.", "Gpe Indonesia|Event COP30|Gpe Belem|Gpe Brasil")]
    [InlineData("Delegasi tiba untuk COP 29 di Baku.", "Event COP 29|Gpe Baku")]
    public void An_edition_before_its_organization_takes_the_organization_in(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}")));

    [Theory]
    // A conference named by its organization stays a conference, and so does its acronym; so is a ministerial conference,
    // a retreat named by its body, a named military operation. An event noun opening the sentence is no part of the
    // organization after it.
    [InlineData("Indonesia bersiap menjadi tuan rumah Konferensi Perubahan Iklim PBB (COP31).", "Gpe Indonesia|Event Konferensi Perubahan Iklim PBB|Event COP31")]
    [InlineData("Para menteri bertemu di Konferensi Tingkat Menteri WTO di Jenewa.", "Event Konferensi Tingkat Menteri WTO|Gpe Jenewa")]
    [InlineData("Para diplomat berkumpul dalam Retret Menteri Luar Negeri ASEAN di Langkawi.", "Event Retret Menteri Luar Negeri ASEAN|Gpe Langkawi")]
    [InlineData("Militer India menggelar Operasi Sindoor pada Mei.", "Gpe India|Event Operasi Sindoor")]
    [InlineData("Pertemuan Komite Perbatasan Umum digelar di Kuching.", "Organization Komite Perbatasan Umum|Gpe Kuching")]
    public void Conferences_retreats_and_operations_are_events(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}")));

    [Theory]
    // A named storm is an event, not the person its name sounds like; `perang` after a noun that it modifies (warship,
    // war crime) opens no war, and the country after it stays a country.
    [InlineData("Topan Kalmaegi menerjang Filipina tengah.", "Event 0-14 Topan Kalmaegi|Gpe 25-33 Filipina")]
    [InlineData("Siklon Tropis Seroja merusak ribuan rumah di Kupang.", "Event 0-20 Siklon Tropis Seroja|Gpe 45-51 Kupang")]
    [InlineData("Kapal Perang China terlihat di dekat Natuna.", "Gpe 13-18 China|Gpe 37-43 Natuna")]
    [InlineData("Dua Kapal Perang Amerika Serikat melintasi Selat Taiwan.", "Gpe 17-32 Amerika Serikat|Location 43-55 Selat Taiwan")]
    [InlineData("Perang Korea pecah pada 1950.", "Event 0-12 Perang Korea")]
    public void Storms_are_events_and_war_compounds_are_not(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Fact]
    public void A_meeting_of_two_people_is_not_an_event_name() =>
        Assert.DoesNotContain(Analyzer.Analyze("Pertemuan Lavrov dan Kim berlangsung hangat.").Entities, e => e.Type == Geopolitics.Nlp.Entities.EntityType.Event);

    [Theory]
    [InlineData("Tunggal putri Gregoria Mariska Tunjung lolos ke semifinal Japan Open 2025 di Tokyo.",
        "Person Gregoria Mariska Tunjung|Event Japan Open 2025|Gpe Tokyo")]
    [InlineData("Atlet muda itu pernah tampil di Asian Games sebelum pindah klub.", "Event Asian Games")]
    public void A_tournament_named_by_its_last_word_is_one_event_with_its_year(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}"));

    [Theory]
    [InlineData("Pebalap Spanyol itu memenangi balapan di Sirkuit Mandalika, Lombok Tengah.",
        "Gpe Spanyol|Location Sirkuit Mandalika|Gpe Lombok Tengah")]
    [InlineData("Laga final digelar di Istora Senayan pada Minggu malam.", "Location Istora Senayan")]
    public void Circuits_and_sports_halls_are_locations(string text, string expected) =>
        Assert.Equal(expected.Split('|'), Analyzer.Analyze(text).Entities.Select(e => $"{e.Type} {e.Text}"));

    // A military exercise named like a person is an event after `latihan`, capitalized `Latihan` part of its name.
    [Theory]
    [InlineData("Latihan Cope Thunder digelar di Filipina.", "Event 0-20 Latihan Cope Thunder|Gpe 32-40 Filipina")]
    [InlineData("Prajurit mengikuti latihan gabungan Pacific Vanguard bulan lalu.", "Event 36-52 Pacific Vanguard")]
    public void An_exercise_after_its_event_noun_is_an_event(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    // A war is named by its parties; a place with a lower-case particle closes a summit's name; a conference of bishops
    // is an organization, and a named conference stays an event.
    [Theory]
    [InlineData("Perang Rusia-Ukraina memasuki tahun keempat.", "Event 0-20 Perang Rusia-Ukraina")]
    [InlineData("Perang Iran-Irak berakhir pada 1988.", "Event 0-16 Perang Iran-Irak")]
    [InlineData("Ia menghadiri KTT G20 Rio de Janeiro tahun lalu.", "Event 14-36 KTT G20 Rio de Janeiro")]
    [InlineData("Delegasi tiba untuk KTT SADC Dar es Salaam.", "Event 20-42 KTT SADC Dar es Salaam")]
    [InlineData("Peringatan Konferensi Asia Afrika digelar di Bandung.", "Event 11-33 Konferensi Asia Afrika|Gpe 45-52 Bandung")]
    public void Wars_by_their_parties_and_summits_with_particle_places_are_whole_events(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));
}
