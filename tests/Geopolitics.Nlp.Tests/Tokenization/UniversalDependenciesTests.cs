using Geopolitics.Nlp.Evaluation;

namespace Geopolitics.Nlp.Tests.Tokenization;

/// <summary>
/// The tokenizer and sentence splitter against the gold segmentation of the Indonesian UD treebanks (test splits;
/// tuning used GSD dev and CSUI train only), shipped in tests/Data/ud with their CC BY-SA licences so that the tests
/// run on a clean clone. Thresholds sit just under the figures the README quotes.
/// </summary>
public sealed class UniversalDependenciesTests
{
    private static readonly SegmentationEvaluator Evaluator = new(new ArticleAnalyzer());

    public static TheoryData<string, double, double> Treebanks => new()
    {
        { "gsd/id_gsd-ud-test.conllu", 0.995, 0.87 },
        { "csui/id_csui-ud-test.conllu", 0.995, 0.92 },
        { "pud/id_pud-ud-test.conllu", 0.995, 0.97 },
    };

    [Theory]
    [MemberData(nameof(Treebanks))]
    public void Token_and_sentence_F1_on_UD_test_sets_meet_the_goals(string file, double tokenGoal, double sentenceFloor)
    {
        var path = Path.Combine(TestData.UniversalDependencies, file);
        Assert.True(File.Exists(path), $"UD test file missing: {path}");
        var score = Evaluator.Evaluate(ConlluDocument.Load(path));
        Assert.True(score.Tokens.F1 >= tokenGoal, $"token F1 {score.Tokens.F1:0.0000} < {tokenGoal}");
        Assert.True(score.Sentences.F1 >= sentenceFloor, $"sentence F1 {score.Sentences.F1:0.0000} < {sentenceFloor}");
    }
}
