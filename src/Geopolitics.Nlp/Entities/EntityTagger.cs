using System.Buffers;
using Geopolitics.Nlp.Resources;

namespace Geopolitics.Nlp.Entities;

/// <summary>The statistical part of the entity stage: BIO labels over a sentence's tokens.</summary>
internal sealed class EntityTagger(NerFeatures features, PerceptronModel model)
{
    /// <summary>Where the trained model is embedded.</summary>
    public const string ModelResource = "Entities/ner-model.bin";

    /// <summary>Loads the embedded model; its features read the gazetteer and word lists given to <see cref="NerFeatures"/>.</summary>
    public static PerceptronModel LoadEmbeddedModel()
    {
        using var stream = ResourceText.Open(ModelResource);
        return PerceptronModel.Load(stream);
    }

    public PerceptronModel Model => model;

    /// <summary>The word forms of this tagger's features: <see cref="EntityRecognizer"/> reads tokens through them.</summary>
    public WordFormTable Forms => features.Forms;

    /// <summary>Labels (see <see cref="NerLabel"/>) for each token; <paramref name="caseless"/> for lower-cased text.</summary>
    public int[] Tag(IReadOnlyList<string> tokens, bool caseless = false) =>
        Tag(features.Forms.GetAll(tokens), tokens, caseless);

    /// <summary>
    /// Labels for a sentence whose word forms are <paramref name="forms"/> (the tokens' own, in order). The weights of
    /// the features that read only the form are summed once per form and kept on it; per token, only the features of
    /// its neighbours and position are looked up.
    /// </summary>
    public int[] Tag(ReadOnlySpan<WordForm> forms, IReadOnlyList<string> tokens, bool caseless = false)
    {
        var labels = new int[forms.Length];
        Tag(forms, tokens, caseless, labels, personLean: default);
        return labels;
    }

    /// <summary>
    /// Labels as above, written into <paramref name="labels"/> (as long as the sentence). Where
    /// <paramref name="personLean"/> is as long as the sentence, it receives per token how much the token's own scores
    /// (its features and its neighbours', before the label transitions) favour a person over an organization: the best
    /// PERSON label's score minus the best ORGANIZATION label's. Viterbi may still glue a person's name onto an
    /// organization (<c>pelatih Arema FC Joel Cornelli</c>); the lean shows where the name begins.
    /// </summary>
    public void Tag(ReadOnlySpan<WordForm> forms, IReadOnlyList<string> tokens, bool caseless, Span<int> labels, Span<float> personLean)
    {
        const int L = NerLabel.Count;
        if (forms.Length == 0)
        {
            return;
        }

        var size = forms.Length * NerFeatures.PerToken;
        var buffer = ArrayPool<int>.Shared.Rent(size);
        var emission = ArrayPool<float>.Shared.Rent(forms.Length * L);
        try
        {
            var context = buffer.AsSpan(0, size);
            features.ExtractContext(forms, tokens, caseless, model.Mask, context);
            for (var i = 0; i < forms.Length; i++)
            {
                var scores = emission.AsSpan(i * L, L);
                FormScores(forms[i], caseless).CopyTo(scores);
                model.AddScores(context.Slice(i * NerFeatures.PerToken, NerFeatures.PerToken), scores);
                if (personLean.Length == forms.Length)
                {
                    personLean[i] = Lean(scores);
                }
            }

            model.Viterbi(emission.AsSpan(0, forms.Length * L), forms.Length, labels);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
            ArrayPool<float>.Shared.Return(emission);
        }
    }

    private static float Lean(ReadOnlySpan<float> scores)
    {
        var person = Math.Max(scores[NerLabel.Begin(0)], scores[NerLabel.Inside(0)]);
        var organization = Math.Max(scores[NerLabel.Begin(1)], scores[NerLabel.Inside(1)]);
        return person - organization;
    }

    /// <summary>The summed weights of the features of <paramref name="form"/> alone, computed once per form and model.</summary>
    private float[] FormScores(WordForm form, bool caseless)
    {
        var cached = form.Scores(caseless);
        if (cached is not null && ReferenceEquals(cached.Model, model))
        {
            return cached.Values;
        }

        Span<int> ids = stackalloc int[NerFeatures.PerToken];
        ids.Fill(-1);
        features.FormFeatures(form, caseless, model.Mask, ids);
        var values = new float[NerLabel.Count];
        model.AddScores(ids, values);
        form.Keep(caseless, new FormScores(model, values));
        return values;
    }
}
