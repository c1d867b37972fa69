using System.Text;
using System.Text.Json;
using Geopolitics.Nlp.Claims;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Tests.Serialization;

public sealed class JsonRoundTripTests
{
    private static readonly ArticleAnalyzer Analyzer = new();

    public static TheoryData<string> Seeds() => TestData.Seeds();

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Serialize_read_back_and_serialize_again_gives_the_same_bytes(string id)
    {
        var text = TestData.SeedText(id);
        var analysis = Analyzer.Analyze(text, new AnalysisOptions { Id = id, DocumentDate = new DateOnly(2025, 9, 4) });
        var json = GeoNlpJson.Serialize(analysis);

        var restored = GeoNlpJson.Deserialize(json, text);

        Assert.Equal(json, GeoNlpJson.Serialize(restored));
        Assert.Equal(GeoNlpJson.Serialize(analysis, indented: true), GeoNlpJson.Serialize(GeoNlpJson.Deserialize(Encoding.UTF8.GetBytes(json), text), indented: true));
        Assert.Same(text, restored.Text);
        // Tokens are rebuilt over the text with their clitics (which the JSON does not hold); the other results are equal records.
        Assert.Equal(analysis.Tokens, restored.Tokens);
        Assert.Contains(restored.Tokens, t => t.HasClitic);
        Assert.Equal(analysis.Sentences, restored.Sentences);
        Assert.Equal(analysis.Entities, restored.Entities);
        Assert.Equal(analysis.Dates, restored.Dates);
        Assert.Equal(analysis.Claims.Select(c => (c with { About = [] }, string.Join('|', c.About))), restored.Claims.Select(c => (c with { About = [] }, string.Join('|', c.About))));
    }

    [Fact]
    public void Indented_json_and_json_without_tokens_read_back()
    {
        const string Text = "Presiden Prabowo Subianto bertemu Vladimir Putin di Moskwa, Rabu (3/9).";
        var analysis = Analyzer.Analyze(Text, new AnalysisOptions { DocumentDate = new DateOnly(2025, 9, 4) });
        var indented = GeoNlpJson.Serialize(analysis, indented: true);
        Assert.Equal(indented, GeoNlpJson.Serialize(GeoNlpJson.Deserialize(indented, Text), indented: true));

        using var document = JsonDocument.Parse(GeoNlpJson.Serialize(analysis));
        var withoutTokens = "{" + string.Join(',', document.RootElement.EnumerateObject().Where(p => p.Name != "tokens").Select(p => p.ToString())) + "}";
        var restored = GeoNlpJson.Deserialize(withoutTokens, Text);
        Assert.Empty(restored.Tokens);
        Assert.Equal(analysis.Entities, restored.Entities);
    }

    [Fact]
    public void A_claim_without_about_reads_back_with_none()
    {
        const string Json = "{\"claims\": [{\"kind\": \"according-to\", \"cue\": {\"start\": 0, \"end\": 7, \"text\": \"Menurut\"}, " +
            "\"speaker\": {\"start\": 8, \"end\": 13, \"text\": \"Rusia\", \"entity\": \"Rusia\"}, " +
            "\"content\": {\"start\": 15, \"end\": 27, \"text\": \"situasi aman\"}, \"hedged\": false, \"date\": null}]}";
        var claim = Assert.Single(GeoNlpJson.Deserialize(Json, "Menurut Rusia, situasi aman.").Claims);
        Assert.Equal(ClaimKind.AccordingTo, claim.Kind);
        Assert.Empty(claim.About);
    }

    [Fact]
    public void Json_read_over_another_text_is_refused()
    {
        const string Text = "Presiden Prabowo Subianto bertemu Vladimir Putin di Moskwa.";
        var json = GeoNlpJson.Serialize(Analyzer.Analyze(Text));

        Assert.Throws<ArgumentException>(() => GeoNlpJson.Deserialize(json, Text.Replace("Putin", "Potin", StringComparison.Ordinal)));
        Assert.Throws<ArgumentException>(() => GeoNlpJson.Deserialize(json, Text[..20]));
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"claims\": [{\"kind\": \"direct\", \"cue\": {\"start\": 0, \"end\": 5, \"text\": \"Rusia\"}, \"speaker\": null, \"content\": null, \"hedged\": false}]}")]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("{\"entities\": [null]}")]
    [InlineData("{\"tokens\": [{\"start\": 0, \"end\": 5, \"kind\": \"word\"}]}")]
    [InlineData("{\"tokens\": 3}")]
    [InlineData("{\"entities\": [{\"start\": 0, \"end\": 5, \"text\": \"Rusia\", \"type\": \"COUNTRY\", \"canonical\": \"Rusia\", \"id\": null}]}")]
    public void Malformed_json_is_a_JsonException(string json)
    {
        Assert.Throws<JsonException>(() => GeoNlpJson.Deserialize(json, "Rusia"));
    }
}
