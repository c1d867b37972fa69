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

    /// <summary>The word forms of this tagger's features: <see cref="EntityRecognizer"/> reads tokens through them.</summary>
    public WordFormTable Forms => features.Forms;

    /// <summary>Labels (see <see cref="NerLabel"/>) for each token; <paramref name="caseless"/> for lower-cased text.</summary>
    public int[] Tag(IReadOnlyList<string> tokens, bool caseless = false)
    {
        var forms = new WordForm[tokens.Count];
        for (var i = 0; i < forms.Length; i++)
        {
            forms[i] = features.Forms.Get(tokens[i]);
        }

        return Tag(forms, tokens, caseless);
    }

    /// <summary>Labels for a sentence whose word forms are <paramref name="forms"/> (the tokens' own, in order).</summary>
    public int[] Tag(ReadOnlySpan<WordForm> forms, IReadOnlyList<string> tokens, bool caseless = false)
    {
        var labels = new int[forms.Length];
        if (forms.Length == 0)
        {
            return labels;
        }

        var size = forms.Length * NerFeatures.PerToken;
        var buffer = ArrayPool<int>.Shared.Rent(size);
        try
        {
            features.Extract(forms, tokens, caseless, model.Mask, buffer.AsSpan(0, size));
            model.Decode(buffer.AsSpan(0, size), forms.Length, labels);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }

        return labels;
    }
}
