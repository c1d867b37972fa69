using Geopolitics.Nlp.Entities;
using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Tests.Entities;

public sealed class EntityResourceTests
{
    public static TheoryData<string> EntityResources()
    {
        var data = new TheoryData<string>();
        foreach (var name in ResourceText.ListAll().Where(n => n.StartsWith("Entities.", StringComparison.Ordinal) ||
                     n.StartsWith("Gazetteer.", StringComparison.Ordinal) || n.StartsWith("Entities/", StringComparison.Ordinal) ||
                     n.StartsWith("Gazetteer/", StringComparison.Ordinal)))
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EntityResources))]
    public void Every_entity_resource_opens_and_is_not_empty(string name)
    {
        using var stream = ResourceText.Open(name);
        Assert.True(stream.ReadByte() >= 0, name + " is empty");
    }

    [Fact]
    public void Embedded_model_gazetteer_and_word_lists_load()
    {
        var resources = EntityRecognizer.Default;
        Assert.True(resources.Gazetteer.Count > 500);
        Assert.True(resources.Lexicon.IsTitle("menteri"));
        Assert.True(resources.Lexicon.IsEventHead("perang"));
        var emissions = resources.Tagger.Model.Emissions;
        Assert.Equal(1 << resources.Tagger.Model.BucketBits, emissions.BucketCount);
        Assert.InRange(emissions.RowCount, 1, emissions.BucketCount - 1); // only the buckets that have a weight
    }

    [Fact]
    public void Embedded_model_carries_its_word_classes()
    {
        var model = EntityRecognizer.Default.Tagger.Model;
        Assert.True(model.Clusters.Count > 1000);
        Assert.True(model.Clusters.ContainsKey("dan"));
        Assert.All(model.Clusters.Values, c => Assert.InRange(c, 0, (1 << 30) - 1));
    }

    [Fact]
    public void Model_round_trips_with_word_classes()
    {
        var emissions = new float[NerLabel.Count << 8];
        emissions[5] = 1.5f;
        var transitions = new float[(NerLabel.Count + 1) * NerLabel.Count];
        transitions[3] = -2f;
        var clusters = new Dictionary<string, int>(StringComparer.Ordinal) { ["jakarta"] = 7, ["rusia"] = 1023 };
        using var stream = new MemoryStream();
        new PerceptronModel(8, emissions, transitions, clusters).Save(stream);
        stream.Position = 0;
        var loaded = PerceptronModel.Load(stream);
        Assert.Equal(8, loaded.BucketBits);
        Assert.Equal(1.5f, loaded.Emissions.Weight(0, 5));
        Assert.Equal(0f, loaded.Emissions.Weight(1, 5));
        Assert.Equal(1, loaded.Emissions.RowCount);
        Assert.Equal(-2f, loaded.Transitions[3]);
        Assert.Equal(7, loaded.Clusters["jakarta"]);
        Assert.Equal(1023, loaded.Clusters["rusia"]);
    }

    [Fact]
    public void Gazetteer_prefix_pruning_keeps_multi_word_and_single_word_matches()
    {
        var gazetteer = EntityRecognizer.Default.Gazetteer;
        string[] tokens = ["kata", "Korea", "Utara", "dan", "Rusia", "."];
        Assert.Equal(0, gazetteer.Match(tokens, 0, out _));
        Assert.Equal(2, gazetteer.Match(tokens, 1, out _));
        Assert.Equal(1, gazetteer.Match(tokens, 4, out _));
        Assert.Equal(0, gazetteer.Match(tokens, 5, out _));
    }
}
