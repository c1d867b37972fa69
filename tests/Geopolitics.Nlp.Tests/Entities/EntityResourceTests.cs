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
        var resources = EntityTagger.Default;
        Assert.True(resources.Gazetteer.Count > 500);
        Assert.True(resources.Words.IsTitle("menteri"));
        Assert.True(resources.Words.IsEventHead("perang"));
        Assert.Equal(NerLabel.Count * (1 << resources.Tagger.Model.BucketBits), resources.Tagger.Model.Emissions.Length);
    }
}
