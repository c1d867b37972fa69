using Geopolitics.Nlp;
using Geopolitics.Nlp.Serialization;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddArticleAnalyzer();
var app = builder.Build();

// POST /analyze {"text": "...", "id": "a1", "documentDate": "2025-09-04"} → the analysis in the library's JSON.
app.MapPost("/analyze", (AnalyzeRequest request, IArticleAnalyzer analyzer) =>
{
    if (request.Text is null)
    {
        return Results.BadRequest("text is required");
    }

    var analysis = analyzer.Analyze(request.Text, new AnalysisOptions { Id = request.Id, DocumentDate = request.DocumentDate });
    return Results.Text(GeoNlpJson.Serialize(analysis), "application/json");
});

app.Run();

/// <summary>The body of <c>POST /analyze</c>.</summary>
internal sealed record AnalyzeRequest(string? Text, string? Id, DateOnly? DocumentDate);
