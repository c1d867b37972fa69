using System.Collections.Immutable;
using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Dates;
using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Pipeline;
using Geopolitics.Nlp.Sentences;
using Geopolitics.Nlp.Tokenization;

namespace Geopolitics.Nlp.Tests.Claims;

/// <summary>The claim stage with entity and date mentions given, as the entity and date stages will give them.</summary>
public sealed class ClaimLinkingTests
{
    private static ImmutableArray<Claim> Run(string text, (string Mention, EntityType Type, string Canonical)[] entities, (string Mention, string Value)[] dates)
    {
        var state = new AnalysisState(text, AnalysisOptions.Default);
        new TokenizationStage(IndonesianTokenizer.Default).Run(state, default);
        new SentenceStage(SentenceSplitter.Default).Run(state, default);
        state.Entities = [.. entities.SelectMany(e => Occurrences(text, e.Mention).Select(i => new EntityMention(i, i + e.Mention.Length, e.Mention, e.Type, e.Canonical, null)))];
        state.Dates = [.. dates.Select(d => (d, i: text.IndexOf(d.Mention, StringComparison.Ordinal))).Select(x => new TemporalExpression(x.i, x.i + x.d.Mention.Length, x.d.Mention, TimexType.Date, x.d.Value, null))];
        new ClaimStage(ClaimLexicon.Default).Run(state, default);
        return state.Claims;
    }

    private static IEnumerable<int> Occurrences(string text, string mention)
    {
        for (var i = text.IndexOf(mention, StringComparison.Ordinal); i >= 0; i = text.IndexOf(mention, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    [Fact]
    public void Links_a_titled_speaker_to_the_person_entity_and_reads_date_and_about()
    {
        const string text = "“Tiongkok harus menghormati hukum laut,” kata Menteri Luar Negeri Filipina Enrique Manalo, Senin (3/9).";
        var claim = Assert.Single(Run(
            text,
            [("Tiongkok", EntityType.Gpe, "Tiongkok"), ("Filipina", EntityType.Gpe, "Filipina"), ("Enrique Manalo", EntityType.Person, "Enrique Manalo")],
            [("Senin (3/9)", "2024-09-03")]));
        Assert.Equal("Menteri Luar Negeri Filipina Enrique Manalo", claim.Speaker.Text);
        Assert.Equal("Enrique Manalo", claim.Speaker.Entity);
        Assert.Equal("2024-09-03", claim.Date);
        Assert.Equal(["Tiongkok"], claim.About);
    }

    [Fact]
    public void A_list_of_countries_speaks_as_the_list()
    {
        const string text = "Australia, Jepang, dan Korea Selatan menyatakan keprihatinan atas uji coba rudal itu.";
        var claim = Assert.Single(Run(text, [("Australia", EntityType.Gpe, "Australia"), ("Jepang", EntityType.Gpe, "Jepang"), ("Korea Selatan", EntityType.Gpe, "Korea Selatan")], []));
        Assert.Equal("Australia, Jepang, dan Korea Selatan", claim.Speaker.Text);
        Assert.Equal("Australia, Jepang, dan Korea Selatan", claim.Speaker.Entity);
    }

    [Fact]
    public void Resolves_a_pronoun_to_the_subject_person_rather_than_the_last_person_mentioned()
    {
        const string text = "Pada hari itu, Menlu Anwar bertemu dengan Presiden Lula. Di sana, beliau menegaskan komitmen kedua negara.";
        var claim = Assert.Single(Run(text, [("Anwar", EntityType.Person, "Anwar Ibrahim"), ("Lula", EntityType.Person, "Luiz Inácio Lula da Silva")], []));
        Assert.Equal("beliau", claim.Speaker.Text);
        Assert.Equal("Anwar Ibrahim", claim.Speaker.Entity);
    }

    [Fact]
    public void Links_an_organization_speaker()
    {
        const string text = "Kantor berita KCNA menyampaikan bahwa peluncuran itu berhasil.";
        var claim = Assert.Single(Run(text, [("KCNA", EntityType.Organization, "Kantor Berita Sentral Korea")], []));
        Assert.Equal("Kantor Berita Sentral Korea", claim.Speaker.Entity);
    }

    public static TheoryData<string, string, string, string> MoreForms => new()
    {
        // text, cue, speaker, content
        { "Menurutnya, pasar Asia masih tumbuh pesat.", "Menurutnya", "Menurutnya", "pasar Asia masih tumbuh pesat" },
        { "Pemerintah akan menambah kuota impor beras, katanya.", "katanya", "katanya", "Pemerintah akan menambah kuota impor beras" },
        { "Ekspor nikel tetap dibatasi tahun ini, ujar Bahlil kepada wartawan.", "ujar", "Bahlil", "Ekspor nikel tetap dibatasi tahun ini" },
        { "Retno Marsudi dalam keterangannya mengatakan bantuan sudah tiba.", "mengatakan", "Retno Marsudi", "bantuan sudah tiba" },
        { "Menlu Sugiono mengatakan kepada wartawan bahwa misi itu selesai.", "mengatakan", "Menlu Sugiono", "misi itu selesai" },
    };

    [Theory]
    [MemberData(nameof(MoreForms))]
    public void Extracts_clitic_and_end_of_sentence_attributions(string text, string cue, string speaker, string content)
    {
        var claim = Assert.Single(Run(text, [], []));
        Assert.Equal(cue, claim.Cue.Text);
        Assert.Equal(speaker, claim.Speaker.Text);
        Assert.Equal(content, claim.Content.Text);
    }
}
