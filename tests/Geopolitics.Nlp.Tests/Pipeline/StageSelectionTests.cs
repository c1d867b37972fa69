using Geopolitics.Nlp.Pipeline;

namespace Geopolitics.Nlp.Tests.Pipeline;

public sealed class StageSelectionTests
{
    private const string Text = "Menteri Luar Negeri Rusia Sergey Lavrov tiba di Pyongyang pada Rabu (3/9). " +
        "\u201CKami siap bekerja sama,\u201D ujar Lavrov.";

    [Theory]
    [InlineData(AnalysisStages.None, AnalysisStages.Tokens)]
    [InlineData(AnalysisStages.Tokens, AnalysisStages.Tokens)]
    [InlineData(AnalysisStages.Sentences, AnalysisStages.Tokens | AnalysisStages.Sentences)]
    [InlineData(AnalysisStages.Dates, AnalysisStages.Tokens | AnalysisStages.Dates)]
    [InlineData(AnalysisStages.Entities, AnalysisStages.Tokens | AnalysisStages.Sentences | AnalysisStages.Entities)]
    [InlineData(AnalysisStages.Claims, AnalysisStages.All & ~AnalysisStages.Language)]
    [InlineData(AnalysisStages.Language, AnalysisStages.Tokens | AnalysisStages.Language)]
    [InlineData(AnalysisStages.All, AnalysisStages.All)]
    public void A_requested_output_brings_in_what_it_is_computed_from(AnalysisStages requested, AnalysisStages resolved) =>
        Assert.Equal(resolved, StageSelection.Resolve(requested));

    [Fact]
    public void Entities_only_skips_dates_and_claims()
    {
        var analysis = new ArticleAnalyzer().Analyze(Text, new AnalysisOptions { Stages = AnalysisStages.Entities });
        Assert.Equal(AnalysisStages.Tokens | AnalysisStages.Sentences | AnalysisStages.Entities, analysis.Stages);
        Assert.Contains(analysis.Entities, e => e.Text == "Sergey Lavrov");
        Assert.Empty(analysis.Dates);
        Assert.Empty(analysis.Claims);
    }

    [Fact]
    public void Dates_only_skips_sentences_and_entities()
    {
        var analysis = new ArticleAnalyzer().Analyze(Text, new AnalysisOptions { Stages = AnalysisStages.Dates, DocumentDate = new DateOnly(2025, 9, 4) });
        Assert.Equal(AnalysisStages.Tokens | AnalysisStages.Dates, analysis.Stages);
        Assert.Equal("2025-09-03", Assert.Single(analysis.Dates).Value);
        Assert.Empty(analysis.Sentences);
        Assert.Empty(analysis.Entities);
    }

    [Fact]
    public void Claims_alone_still_resolve_speakers_to_entities()
    {
        var analysis = new ArticleAnalyzer().Analyze(Text, new AnalysisOptions { Stages = AnalysisStages.Claims });
        Assert.Equal(AnalysisStages.All & ~AnalysisStages.Language, analysis.Stages);
        Assert.Null(analysis.Language);
        Assert.Equal("Sergey Lavrov", Assert.Single(analysis.Claims).Speaker.Entity);
    }

    [Fact]
    public void The_default_runs_every_stage_and_says_so() =>
        Assert.Equal(AnalysisStages.All, new ArticleAnalyzer().Analyze(Text).Stages);

    [Fact]
    public void A_composed_pipeline_runs_its_stages_in_order_and_only_the_selected_ones()
    {
        var calls = new List<string>();
        var stages = ArticleAnalyzer.DefaultPipeline.Select(s => (IAnalysisStage)new RecordingStage(s, calls)).ToList();
        var analyzer = new ArticleAnalyzer(stages);

        analyzer.Analyze(Text);
        Assert.Equal(["tokens", "language", "sentences", "entities", "dates", "claims"], calls);

        calls.Clear();
        analyzer.Analyze(Text, new AnalysisOptions { Stages = AnalysisStages.Dates });
        Assert.Equal(["tokens", "dates"], calls);
    }

    [Fact]
    public void A_pipeline_without_a_stage_leaves_its_output_empty()
    {
        var analyzer = new ArticleAnalyzer(ArticleAnalyzer.DefaultPipeline.Where(s => s.Output != AnalysisStages.Entities));
        var analysis = analyzer.Analyze(Text);
        Assert.Empty(analysis.Entities);
        Assert.NotEmpty(analysis.Dates);
        Assert.Equal(AnalysisStages.All & ~AnalysisStages.Entities, analysis.Stages);
    }

    private sealed class RecordingStage(IAnalysisStage inner, List<string> calls) : IAnalysisStage
    {
        public string Name => inner.Name;

        public AnalysisStages Output => inner.Output;

        public void Run(AnalysisState state, CancellationToken cancellationToken)
        {
            calls.Add(Name);
            inner.Run(state, cancellationToken);
        }
    }
}
