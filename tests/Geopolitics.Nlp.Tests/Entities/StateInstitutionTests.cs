namespace Geopolitics.Nlp.Tests.Entities;

/// <summary>
/// Indonesia's state institutions, armed forces and police by their names and acronyms (ANNOTATION.md: government
/// bodies are ORGANIZATION), and the collective nouns (<c>Tim</c>, <c>Pihak</c>, <c>Pasukan</c>) that stay outside
/// them. Each row is every entity of the text, in order, as "Type start-end text".
/// </summary>
public sealed class StateInstitutionTests
{
    [Theory]
    [InlineData("Rombongan berangkat dari KBRI di Kyiv.", "Organization 25-29 KBRI|Gpe 33-37 Kyiv")]
    [InlineData("Tim membawa staf lokal KBRI.", "Organization 23-27 KBRI")]
    [InlineData("KBRI Teheran mengeluarkan imbauan.", "Organization 0-12 KBRI Teheran")]
    [InlineData("Kepala BIN bertemu pimpinan BNPT.", "Organization 7-10 BIN|Organization 28-32 BNPT")]
    [InlineData("Bakamla menghalau kapal asing di Natuna.", "Organization 0-7 Bakamla|Gpe 33-39 Natuna")]
    [InlineData("Densus 88 Antiteror menangkap terduga teroris.", "Organization 0-19 Densus 88 Antiteror")]
    [InlineData("Bappenas dan Kemhan menyusun rencana.", "Organization 0-8 Bappenas|Organization 13-19 Kemhan")]
    [InlineData("Pasukan TNI AD tiba di Jayapura.", "Organization 8-14 TNI AD|Gpe 23-31 Jayapura")]
    public void Indonesian_state_institutions_are_organizations(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Tim Basarnas dan BNPB dikerahkan.", "Organization 4-12 Basarnas|Organization 17-21 BNPB")]
    [InlineData("Pihak KBRI menolak berkomentar.", "Organization 6-10 KBRI")]
    [InlineData("Pasukan TNI tiba di lokasi.", "Organization 8-11 TNI")]
    [InlineData("Tim evakuasi tiba di Kabul.", "Gpe 21-26 Kabul")]
    [InlineData("CEO Apple Tim Cook tiba di Jakarta.", "Organization 4-9 Apple|Person 10-18 Tim Cook|Gpe 27-34 Jakarta")]
    public void A_collective_noun_stays_outside_a_known_organization(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Juru bicara Kemlu Roy Soemirat mengatakan WNI aman.", "Organization 12-17 Kemlu|Person 18-30 Roy Soemirat")]
    [InlineData("Duta Besar KBRI Judha Nugraha tiba.", "Organization 11-15 KBRI|Person 16-29 Judha Nugraha")]
    [InlineData("Staf KBRI Kuala Lumpur membantu.", "Organization 5-22 KBRI Kuala Lumpur")]
    public void The_holder_of_an_office_in_a_known_organization_is_a_person_after_it(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));

    [Theory]
    [InlineData("Pangeran Mohammed bin Salman tiba.", "Person 9-28 Mohammed bin Salman")]
    [InlineData("Tim Cook berbicara di Cupertino.", "Person 0-8 Tim Cook|Gpe 22-31 Cupertino")]
    public void Names_that_share_a_word_with_an_acronym_or_a_collective_noun_stay_whole(string text, string expected) =>
        Assert.Equal(expected, EntityRows.Of(text));
}
