using System.Buffers;
using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Entities;

/// <summary>The statistical part of the entity stage: BIO labels over a sentence's tokens.</summary>
internal sealed class EntityTagger(NerFeatures features, PerceptronModel model)
{
    /// <summary>Where the trained model is embedded.</summary>
    public const string ModelResource = "Entities/ner-model.bin";

    /// <summary>Loads the embedded model, whose features read <paramref name="gazetteer"/> and <paramref name="words"/>.</summary>
    public static EntityTagger LoadEmbedded(Gazetteer gazetteer, EntityLexicon words)
    {
        using var stream = ResourceText.Open(ModelResource);
        var model = PerceptronModel.Load(stream);
        return new EntityTagger(new NerFeatures(gazetteer, words, model.Clusters), model);
    }

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
