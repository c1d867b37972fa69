using FsCheck;
using FsCheck.Fluent;
using Geopolitics.Nlp.Robustness;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Tests.Robustness;

/// <summary>
/// Property tests over generated and mutated articles (the seeds and the hand-written development articles): no
/// exception, the invariants of <see cref="AnalysisInvariants"/>, and determinism. Fixed seed and bounded size, so a
/// failure reproduces; <c>GEONLP_PROPERTY_TESTS=50000</c> runs a long session with the same properties.
/// </summary>
public sealed class PropertyTests
{
    private const ulong Seed = 20261202;
    private static readonly ArticleAnalyzer Analyzer = new();
    private static readonly AnalysisOptions Options = new() { DocumentDate = new DateOnly(2025, 9, 4) };

    private static readonly Lazy<string[]> Articles = new(() =>
    [
        .. TestData.SeedIds.Select(TestData.SeedText),
        .. Directory.GetFiles(Path.Combine(TestData.Root, "tests", "Data", "dev-articles"), "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText),
    ]);

    private static int Count(int normal) =>
        int.TryParse(Environment.GetEnvironmentVariable("GEONLP_PROPERTY_TESTS"), out var n) && n > 0 ? n : normal;

    private static Config Config(int count) =>
        FsCheck.Config.QuickThrowOnFailure.WithMaxTest(count).WithQuietOnSuccess(true)
            .WithReplay(Microsoft.FSharp.Core.FSharpOption<Replay>.Some(new Replay(new Rnd(Seed), Microsoft.FSharp.Core.FSharpOption<int>.None)));

    private static Gen<int[]> Genes(int max) => Gen.Choose(0, int.MaxValue).ArrayOf().Select(g => g.Length > max ? g[..max] : g);

    /// <summary>A seed or development article damaged by up to 10 mutations.</summary>
    private static Arbitrary<string> MutatedArticles() =>
        Gen.Choose(0, 1000).SelectMany(i => Genes(40).Select(g => ArticleMutator.Mutate(Articles.Value[i % Articles.Value.Length], g))).ToArbitrary();

    /// <summary>An article of up to 300 news-like words, punctuation marks and line breaks.</summary>
    private static Arbitrary<string> GeneratedArticles() => Genes(300).Select(ArticleMutator.Generate).ToArbitrary();

    [Fact]
    public void Mutated_articles_keep_every_invariant_and_analyze_deterministically() =>
        Check.One(Config(Count(150)), Prop.ForAll(MutatedArticles(), text =>
        {
            var analysis = Analyzer.Analyze(text, Options);
            AnalysisInvariants.Check(text, analysis);
            return GeoNlpJson.Serialize(analysis) == GeoNlpJson.Serialize(Analyzer.Analyze(text, Options));
        }));

    [Fact]
    public void Generated_articles_keep_every_invariant() =>
        Check.One(Config(Count(300)), Prop.ForAll(GeneratedArticles(), text =>
        {
            AnalysisInvariants.Check(text, Analyzer.Analyze(text, Options));
            return true;
        }));

    [Fact]
    public void One_analyzer_shared_by_threads_gives_the_sequential_results() =>
        Check.One(Config(Count(20)), Prop.ForAll(MutatedArticles().Generator.ArrayOf().Select(a => a.Take(8).ToArray()).ToArbitrary(), texts =>
        {
            var sequential = texts.Select(t => GeoNlpJson.Serialize(Analyzer.Analyze(t, Options))).ToArray();
            var parallel = new string[texts.Length];
            Parallel.For(0, texts.Length, i => parallel[i] = GeoNlpJson.Serialize(Analyzer.Analyze(texts[i], Options)));
            return sequential.SequenceEqual(parallel);
        }));
}
