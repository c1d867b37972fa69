using Geopolitics.Nlp;
using Geopolitics.Nlp.Serialization;

var articleText = File.ReadAllText(args.Length > 0 ? args[0] : "article.txt");

var analyzer = new ArticleAnalyzer();   // create once, share across threads
var analysis = analyzer.Analyze(articleText, new AnalysisOptions { Id = "a1", DocumentDate = new DateOnly(2025, 9, 4) });

foreach (var sentence in analysis.Sentences)
{
    Console.WriteLine(articleText[sentence.Start..sentence.End]);
}

foreach (var entity in analysis.Entities)
{
    Console.WriteLine($"{entity.Type.ToName()} {entity.Text} → {entity.Canonical}");
}

Console.WriteLine(GeoNlpJson.Serialize(analysis, indented: true));
