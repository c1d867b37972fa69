using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Geopolitics.Nlp.Cli.Hosting;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// <c>--fields</c> and <c>--no-tokens</c>: which top-level fields of an analysis the JSON carries. Done in the
/// serializer's metadata (a resolver modifier drops the other properties of <see cref="ArticleAnalysis"/>), so the
/// analysis is neither copied nor changed, and the fields left out cost nothing to write. <c>id</c> is always kept;
/// without either option the library's own options are used, so the default output is byte for byte the same.
/// </summary>
internal sealed class JsonFields
{
    private JsonFields(JsonSerializerOptions compact, JsonSerializerOptions indented, IReadOnlySet<string> names)
    {
        Compact = compact;
        Indented = indented;
        Names = names;
    }

    /// <summary>Every top-level field name of the analysis JSON, in output order.</summary>
    public static IReadOnlyList<string> All { get; } =
        GeoNlpJson.DefaultOptions.GetTypeInfo(typeof(ArticleAnalysis)).Properties.Select(p => p.Name).ToArray();

    /// <summary>Options for compact JSON (JSONL).</summary>
    public JsonSerializerOptions Compact { get; }

    /// <summary>Options for indented JSON.</summary>
    public JsonSerializerOptions Indented { get; }

    /// <summary>The fields written.</summary>
    public IReadOnlySet<string> Names { get; }

    /// <summary>All fields, with the library's options.</summary>
    public static JsonFields Everything { get; } =
        new(GeoNlpJson.DefaultOptions, GeoNlpJson.IndentedOptions, new HashSet<string>(All, StringComparer.Ordinal));

    /// <summary>Parses <c>--fields a,b</c> and <c>--no-tokens</c>.</summary>
    public static JsonFields Parse(string? fields, bool noTokens)
    {
        if (fields is null && !noTokens)
        {
            return Everything;
        }

        var names = new HashSet<string>(StringComparer.Ordinal) { "id" };
        if (fields is null)
        {
            names.UnionWith(All);
        }
        else
        {
            foreach (var name in fields.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!All.Contains(name, StringComparer.Ordinal))
                {
                    throw new UsageException($"--fields: unknown field '{name}' (fields: {string.Join(", ", All)})");
                }

                names.Add(name);
            }
        }

        if (noTokens)
        {
            names.Remove("tokens");
        }

        return new JsonFields(Create(GeoNlpJson.DefaultOptions, names), Create(GeoNlpJson.IndentedOptions, names), names);
    }

    /// <summary>Type information for an analysis under <paramref name="options"/>.</summary>
    public static JsonTypeInfo<ArticleAnalysis> TypeInfo(JsonSerializerOptions options) =>
        (JsonTypeInfo<ArticleAnalysis>)options.GetTypeInfo(typeof(ArticleAnalysis));

    private static JsonSerializerOptions Create(JsonSerializerOptions baseOptions, HashSet<string> names)
    {
        var options = new JsonSerializerOptions(baseOptions)
        {
            TypeInfoResolver = baseOptions.TypeInfoResolver!.WithAddedModifier(info =>
            {
                if (info.Type != typeof(ArticleAnalysis))
                {
                    return;
                }

                for (var i = info.Properties.Count - 1; i >= 0; i--)
                {
                    if (!names.Contains(info.Properties[i].Name))
                    {
                        info.Properties.RemoveAt(i);
                    }
                }
            }),
        };
        options.MakeReadOnly();
        return options;
    }
}
