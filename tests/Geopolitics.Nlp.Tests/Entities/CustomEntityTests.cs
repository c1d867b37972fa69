using Geopolitics.Nlp.Entities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Geopolitics.Nlp.Tests.Entities;

public sealed class CustomEntityTests
{
    // TEST DATA: a made-up organisation with a made-up Wikidata id; neither names anything real.
    private const string Name = "Forum Maritim Nusantara";
    private const string TestWikidataId = "Q999999999";

    private const string Text = "Delegasi FMN tiba di Makassar pada Senin. Ketua Forum Maritim Nusantara mengatakan bahwa " +
        "FMN akan membahas keamanan laut bersama Badan Keamanan Laut.";

    private static readonly string[] Expected =
    [
        "9 FMN ORGANIZATION Forum Maritim Nusantara Q999999999",
        "21 Makassar GPE Makassar -",
        "48 Forum Maritim Nusantara ORGANIZATION Forum Maritim Nusantara Q999999999",
        "89 FMN ORGANIZATION Forum Maritim Nusantara Q999999999",
        "129 Badan Keamanan Laut ORGANIZATION Badan Keamanan Laut -",
    ];

    private static CustomEntity Forum() => new() { Name = Name, Type = EntityType.Organization, Variants = { "FMN" }, WikidataId = TestWikidataId };

    private static string[] Describe(ArticleAnalysis analysis) =>
        [.. analysis.Entities.Select(e => $"{e.Start} {e.Text} {e.Type.ToName()} {e.Canonical} {e.Id ?? "-"}")];


    [Fact]
    public void A_custom_entity_changes_tagging_and_canonical_names()
    {
        var options = new ArticleAnalyzerOptions();
        options.CustomEntities.Add(Forum());

        var custom = new ArticleAnalyzer(options).Analyze(Text);
        var embedded = new ArticleAnalyzer().Analyze(Text);

        Assert.Equal(Expected, Describe(custom));
        // Without the entry the embedded models tag other spans or types (today: the first FMN untagged, the full name
        // a PERSON), and the acronym keeps its own canonical name.
        Assert.NotEqual(Tagging(custom), Tagging(embedded));
        Assert.DoesNotContain(embedded.Entities, e => e.Text == "FMN" && e.Canonical == Name);
    }

    private static string[] Tagging(ArticleAnalysis analysis) => [.. analysis.Entities.Select(e => $"{e.Start}-{e.End} {e.Type}")];

    [Fact]
    public void Analyzers_without_custom_entities_are_not_affected_by_one_that_has_them()
    {
        var options = new ArticleAnalyzerOptions();
        options.CustomEntities.Add(Forum());
        var withCustom = new ArticleAnalyzer(options).Analyze(Text);
        var plain = new ArticleAnalyzer().Analyze(Text);
        Assert.Contains(withCustom.Entities, e => e.Id == TestWikidataId);
        Assert.DoesNotContain(plain.Entities, e => e.Id == TestWikidataId);
    }

    [Theory]
    [InlineData(".tsv", "# name\ttype\tvariants\twikidata\n\nForum Maritim Nusantara\tORGANIZATION\tFMN\tQ999999999\n")]
    [InlineData(".txt", "\uFEFFForum Maritim Nusantara\torganization\tFMN | Nusantara Maritime Forum\tQ999999999\r\n")]
    [InlineData(".json", """[ { "name": "Forum Maritim Nusantara", "type": "ORGANIZATION", "variants": ["FMN"], "wikidataId": "Q999999999" } ]""")]
    public void Custom_entities_load_from_a_tsv_or_json_file(string extension, string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"geonlp-entities-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        try
        {
            var analysis = new ArticleAnalyzer(new ArticleAnalyzerOptions { CustomEntitiesFile = path }).Analyze(Text);
            Assert.Equal(Expected, Describe(analysis));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(".tsv", "Forum Maritim Nusantara\n", "line 1")]
    [InlineData(".tsv", "# header\nForum Maritim Nusantara\tCOMPANY\tFMN\n", "line 2")]
    [InlineData(".tsv", "Forum Maritim Nusantara\tORGANIZATION\tFMN\t999\n", "Wikidata")]
    [InlineData(".tsv", "\tORGANIZATION\tFMN\n", "name is empty")]
    [InlineData(".json", """{ "name": "x" }""", "array")]
    [InlineData(".json", """[ { "name": "Forum", "type": "TEAM" } ]""", "entity 0")]
    [InlineData(".json", "[ {", "not valid JSON")]
    public void A_malformed_file_is_rejected_with_where_and_why(string extension, string content, string expected)
    {
        var path = Path.Combine(Path.GetTempPath(), $"geonlp-entities-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(path, content);
        try
        {
            var error = Assert.Throws<ArgumentException>(() => new ArticleAnalyzer(new ArticleAnalyzerOptions { CustomEntitiesFile = path }));
            Assert.Contains(expected, error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Custom_entities_bind_from_configuration_and_a_missing_file_fails_the_host_at_start()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GeoNlp:CustomEntities:0:Name"] = Name,
            ["GeoNlp:CustomEntities:0:Type"] = "Organization",
            ["GeoNlp:CustomEntities:0:Variants:0"] = "FMN",
            ["GeoNlp:CustomEntities:0:WikidataId"] = TestWikidataId,
        });
        builder.Services.AddArticleAnalyzer();
        builder.Services.Configure<ArticleAnalyzerOptions>(builder.Configuration.GetSection("GeoNlp"));
        using (var host = builder.Build())
        {
            await host.StartAsync();
            Assert.Equal(Expected, Describe(host.Services.GetRequiredService<IArticleAnalyzer>().Analyze(Text)));
            await host.StopAsync();
        }

        var failing = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        failing.Services.AddArticleAnalyzer(o => o.CustomEntitiesFile = Path.Combine(Path.GetTempPath(), "geonlp-no-such-file.tsv"));
        using var failingHost = failing.Build();
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => failingHost.StartAsync());
        Assert.Contains("does not exist", error.Message);
    }
}
