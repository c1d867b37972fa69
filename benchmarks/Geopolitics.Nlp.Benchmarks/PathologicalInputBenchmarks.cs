using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using Geopolitics.Nlp.Robustness;

namespace Geopolitics.Nlp.Benchmarks;

/// <summary>
/// The whole analysis on adversarial text (<see cref="PathologicalText"/>: punctuation soup, text without sentence
/// punctuation, runs of quotes and brackets, thousands of distinct names, …) at 100 KB, 1 MB and 4 MB, with real news
/// (the seeds repeated) as the baseline in the same run. The <c>ms/MB</c> column makes growth visible: a linear stage
/// gives the same figure at every size.
/// </summary>
[Config(typeof(PerMegabyteConfig))]
public class PathologicalInputBenchmarks
{
    private readonly ArticleAnalyzer _analyzer = new();
    private string _text = string.Empty;

    public static IEnumerable<string> Patterns => ["news", .. PathologicalText.Names];

    [ParamsSource(nameof(Patterns))]
    public string Pattern { get; set; } = "news";

    [Params(100 * 1024, 1024 * 1024, 4 * 1024 * 1024)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup() =>
        _text = Pattern == "news"
            ? PathologicalText.RepeatNews([.. Corpus.SeedIds.Select(Corpus.Seed)], Size)
            : PathologicalText.Build(Pattern, Size);

    [Benchmark]
    public int Analyze() => _analyzer.Analyze(_text).Tokens.Count;

    private sealed class PerMegabyteConfig : ManualConfig
    {
        public PerMegabyteConfig() => AddColumn(new MillisecondsPerMegabyteColumn());
    }

    /// <summary>Mean time divided by the input's length in MB (2^20 characters).</summary>
    private sealed class MillisecondsPerMegabyteColumn : IColumn
    {
        public string Id => nameof(MillisecondsPerMegabyteColumn);

        public string ColumnName => "ms/MB";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Mean time per MB (2^20 characters) of input";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            var report = summary[benchmarkCase];
            if (report?.ResultStatistics is not { } stats || benchmarkCase.Parameters["Size"] is not int size)
            {
                return "-";
            }

            return (stats.Mean / 1e6 / (size / 1048576.0)).ToString("0", System.Globalization.CultureInfo.InvariantCulture);
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
