using System.Buffers;
using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Entities;

/// <summary>The statistical part of the entity stage: BIO labels over a sentence's tokens.</summary>
internal sealed class EntityTagger(NerFeatures features, PerceptronModel model)
{
    /// <summary>Where the trained model is embedded.</summary>
    public const string ModelResource = "Entities/ner-model.bin";

    private static readonly Lazy<EntityResources> Embedded =
        new(EntityResources.LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The embedded gazetteer, word lists and model, loaded once on first use.</summary>
    public static EntityResources Default => Embedded.Value;

    public PerceptronModel Model => model;

    /// <summary>Labels (see <see cref="NerLabel"/>) for each token; <paramref name="caseless"/> for lower-cased text.</summary>
    public int[] Tag(IReadOnlyList<string> tokens, bool caseless = false)
    {
        var labels = new int[tokens.Count];
        if (tokens.Count == 0)
        {
            return labels;
        }

        var size = tokens.Count * NerFeatures.PerToken;
        var buffer = ArrayPool<int>.Shared.Rent(size);
        try
        {
            features.Extract(tokens, caseless, model.Mask, buffer.AsSpan(0, size));
            model.Decode(buffer.AsSpan(0, size), tokens.Count, labels);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }

        return labels;
    }
}

/// <summary>Everything the entity stage reads from the assembly: gazetteer, word lists and tagger.</summary>
internal sealed record EntityResources(Gazetteer Gazetteer, WordLists Words, EntityTagger Tagger)
{
    public static EntityResources LoadEmbedded()
    {
        var gazetteer = Gazetteer.LoadEmbedded();
        var words = WordLists.LoadEmbedded();
        using var stream = ResourceText.Open(EntityTagger.ModelResource);
        var model = PerceptronModel.Load(stream);
        return new EntityResources(gazetteer, words, new EntityTagger(new NerFeatures(gazetteer, words, model.Clusters), model));
    }

    /// <summary>
    /// These resources with extra gazetteer names (a caller's own entities) ahead of the embedded ones; the tagger's
    /// gazetteer features see them too. The model and word lists are shared, not reloaded.
    /// </summary>
    public EntityResources WithExtraNames(IEnumerable<(string Surface, GazetteerEntry Entry)> names)
    {
        var gazetteer = Gazetteer.LoadEmbedded(names);
        return this with { Gazetteer = gazetteer, Tagger = new EntityTagger(new NerFeatures(gazetteer, Words, Tagger.Model.Clusters), Tagger.Model) };
    }
}
