using Geopolitics.Nlp.Claims;

namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>Reporting-verb families derived from their roots by Indonesian affixation.</summary>
public sealed class CueMorphologyTests
{
    [Theory]
    [InlineData("kata", "meN-kan", "mengatakan")]
    [InlineData("ungkap", "meN", "mengungkap")]
    [InlineData("ungkap", "meN-kan", "mengungkapkan")]
    [InlineData("ungkap", "di-kan", "diungkapkan")]
    [InlineData("ungkap", "di", "diungkap")]
    [InlineData("puji", "meN", "memuji")]
    [InlineData("bantah", "meN", "membantah")]
    [InlineData("tegas", "meN-kan", "menegaskan")]
    [InlineData("catat", "meN", "mencatat")]
    [InlineData("jelas", "meN-kan", "menjelaskan")]
    [InlineData("duga", "meN", "menduga")]
    [InlineData("sampai", "meN-kan", "menyampaikan")]
    [InlineData("sorot", "meN-i", "menyoroti")]
    [InlineData("kecam", "meN", "mengecam")]
    [InlineData("harap", "meN-kan", "mengharapkan")]
    [InlineData("garisbawah", "meN-i", "menggarisbawahi")]
    [InlineData("apresiasi", "meN", "mengapresiasi")]
    [InlineData("nilai", "meN", "menilai")]
    [InlineData("lapor", "meN-kan", "melaporkan")]
    [InlineData("yakin", "meN-i", "meyakini")]
    [InlineData("klaim", "meN", "mengklaim")]
    [InlineData("prediksi", "meN", "memprediksi")]
    [InlineData("bom", "meN", "mengebom")]
    [InlineData("ingat", "memper-kan", "memperingatkan")]
    [InlineData("kira", "memper-kan", "memperkirakan")]
    [InlineData("janji", "ber", "berjanji")]
    [InlineData("anggap", "ber-an", "beranggapan")]
    [InlineData("tutur", "base", "tutur")]
    public void Derives_the_form_of_a_root(string root, string pattern, string expected) =>
        Assert.Equal(expected, CueMorphology.Derive(root, pattern));

    [Theory]
    [InlineData("kata", "ter")]
    [InlineData("kata", "meN-nya")]
    [InlineData("", "meN")]
    public void Rejects_unknown_patterns_and_empty_roots(string root, string pattern) =>
        Assert.ThrowsAny<ArgumentException>(() => CueMorphology.Derive(root, pattern));

    [Theory]
    [InlineData("menyerukan", "Verb")]
    [InlineData("diungkapkan", "Passive")]
    [InlineData("bersumpah", "Verb")]
    [InlineData("tulis", "Short")]
    [InlineData("dinilai", "None")]
    [InlineData("diperkirakan", "None")]
    public void Lists_the_family_forms_as_cues(string form, string role) =>
        Assert.Equal(role, ClaimLexicon.Default.Cue(form).ToString());
}
