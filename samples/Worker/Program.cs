using Geopolitics.Nlp.Samples.Worker;

// dotnet run -- --input articles.jsonl --output analyses.jsonl
var builder = Host.CreateApplicationBuilder(args);
builder.Services.AddArticleAnalyzer(o => o.MaxDegreeOfParallelism = Environment.ProcessorCount);
builder.Services.AddHostedService<JsonlAnalysisService>();
builder.Build().Run();
