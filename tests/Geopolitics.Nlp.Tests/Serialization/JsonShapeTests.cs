using System.Text.Json;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Tests.Serialization;

public sealed class JsonShapeTests
{
    [Fact]
    public void Analysis_serializes_to_the_documented_shape()
    {
        var text = "Rusia dan RDRK.";
        var analysis = new ArticleAnalyzer().Analyze(text, new AnalysisOptions { Id = "a1", DocumentDate = new DateOnly(2025, 9, 4) });
        using var json = JsonDocument.Parse(GeoNlpJson.Serialize(analysis));
        var root = json.RootElement;
        Assert.Equal("a1", root.GetProperty("id").GetString());
        Assert.Equal("2025-09-04", root.GetProperty("documentDate").GetString());
        var token = root.GetProperty("tokens")[0];
        Assert.Equal(0, token.GetProperty("start").GetInt32());
        Assert.Equal(5, token.GetProperty("end").GetInt32());
        Assert.Equal("Rusia", token.GetProperty("text").GetString());
        var sentence = root.GetProperty("sentences")[0];
        Assert.Equal(0, sentence.GetProperty("start").GetInt32());
        Assert.Equal(text.Length, sentence.GetProperty("end").GetInt32());
        foreach (var list in new[] { "entities", "dates", "claims" })
        {
            Assert.Equal(JsonValueKind.Array, root.GetProperty(list).ValueKind);
        }
    }

    [Fact]
    public void Missing_id_and_date_are_written_as_null()
    {
        using var json = JsonDocument.Parse(GeoNlpJson.Serialize(new ArticleAnalyzer().Analyze("tanpa tanggal")));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("id").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("documentDate").ValueKind);
    }

    [Fact]
    public void Indonesian_text_and_quotation_marks_are_not_escaped()
    {
        var serialized = GeoNlpJson.Serialize(new ArticleAnalyzer().Analyze("“Kami siap,” ujarnya."));
        Assert.Contains("\"text\":\"“\"", serialized, StringComparison.Ordinal);
    }
}
