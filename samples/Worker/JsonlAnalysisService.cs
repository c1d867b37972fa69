using System.Runtime.CompilerServices;
using System.Text.Json;
using Geopolitics.Nlp;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Samples.Worker;

/// <summary>
/// Reads articles from a JSONL file (<c>{"id","text"}</c> per line) and writes one analysis per line, in input order,
/// with bounded memory however many articles the file holds; then stops the application. On shutdown it finishes the
/// line it is writing and stops: the output never ends with half a line.
/// </summary>
public sealed class JsonlAnalysisService(IArticleAnalyzer analyzer, IConfiguration configuration, IHostApplicationLifetime lifetime)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var input = configuration["input"] ?? "articles.jsonl";
        var output = configuration["output"] ?? "analyses.jsonl";
        await using (var file = File.Create(output))
        {
            try
            {
                await foreach (var analysis in analyzer.AnalyzeManyAsync(ReadArticles(input, stoppingToken), stoppingToken))
                {
                    // The line is serialized whole, then written without the stopping token, so that shutdown
                    // cannot cut it in half; the loop stops before the next one.
                    var line = JsonSerializer.SerializeToUtf8Bytes(analysis, GeoNlpJson.ArticleAnalysisTypeInfo);
                    await file.WriteAsync(line, CancellationToken.None);
                    file.WriteByte((byte)'\n');
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return; // the host is stopping: every line written so far is complete
            }
        }

        lifetime.StopApplication(); // the whole file is analyzed
    }

    private static async IAsyncEnumerable<ArticleInput> ReadArticles(string path, [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var line in File.ReadLinesAsync(path, ct))
        {
            using var json = JsonDocument.Parse(line);
            var id = json.RootElement.GetProperty("id").GetString();
            var text = json.RootElement.GetProperty("text").GetString() ?? "";
            yield return new ArticleInput(text, new AnalysisOptions { Id = id });
        }
    }
}
