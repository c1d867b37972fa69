using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Cli.Input;

/// <summary>
/// One non-blank JSONL line: an article to analyze with the fields to pass through to its output line, or the reason
/// it cannot be analyzed together with its id when the id is readable.
/// </summary>
/// <param name="LineNumber">The 1-based physical line number.</param>
/// <param name="Id">The line's <c>id</c> (a string, or a number's JSON text), when readable.</param>
/// <param name="Input">The article, or null for a bad line.</param>
/// <param name="Error">Why the line cannot be analyzed, or null.</param>
/// <param name="PassThrough">The other fields of the line as <c>"name":value,…</c> JSON, unchanged, or null.</param>
internal sealed record JsonlRecord(int LineNumber, string? Id, ArticleInput? Input, string? Error, byte[]? PassThrough)
{
    /// <summary>The string values of the fields the caller asked for (<c>url</c>, <c>outlet</c>), read in the same parse
    /// as the text; a field that is missing or not a string is absent.</summary>
    public IReadOnlyDictionary<string, string> Strings { get; init; } = NoStrings;

    private static readonly Dictionary<string, string> NoStrings = new(StringComparer.Ordinal);

    /// <summary>The fields the input line gives to the analyzer; every other field passes through.</summary>
    private static readonly HashSet<string> InputFields = new(StringComparer.Ordinal) { "id", "text", "documentDate" };

    /// <summary>Parses one line <c>{"id":…,"text":"…","documentDate":"YYYY-MM-DD"?, …}</c>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="defaultDate">The <c>--date</c> for lines without <c>documentDate</c>.</param>
    /// <param name="outputFields">Field names the output line already has: an input field with such a name is dropped
    /// rather than duplicated; null when nothing passes through (<see cref="PassThrough"/> stays null).</param>
    /// <param name="maxBytes">The line length limit, for the message of an oversized line.</param>
    /// <param name="stringFields">Fields whose string values go to <see cref="Strings"/>, or null.</param>
    public static JsonlRecord Parse(JsonlLine line, DateOnly? defaultDate, IReadOnlySet<string>? outputFields, long maxBytes, IReadOnlyCollection<string>? stringFields = null)
    {
        var bytes = line.Bytes.Span;
        if (line.Oversized)
        {
            return Fail(line, JsonlIdSniffer.TryRead(bytes), $"line of {line.Length} bytes is over the limit of {InputLimits.Describe(maxBytes)} (--max-bytes)");
        }

        if (!Utf8.IsValid(bytes))
        {
            var valid = ValidPrefixLength(bytes);
            return Fail(line, JsonlIdSniffer.TryRead(bytes[..valid]), $"invalid UTF-8 at byte {valid + 1}");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line.Bytes);
        }
        catch (JsonException e)
        {
            return Fail(line, JsonlIdSniffer.TryRead(bytes), "invalid JSON: " + FirstSentence(e.Message) + Position(e));
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Fail(line, null, $"not a JSON object but {root.ValueKind.ToString().ToLowerInvariant()}");
            }

            string? id = null;
            try
            {
                if (root.TryGetProperty("id", out var idElement))
                {
                    id = idElement.ValueKind switch
                    {
                        JsonValueKind.String => idElement.GetString(),
                        JsonValueKind.Number => idElement.GetRawText(),
                        _ => null,
                    };
                }

                if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
                {
                    return Fail(line, id, "missing string field \"text\"");
                }

                var date = defaultDate;
                if (root.TryGetProperty("documentDate", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
                {
                    if (dateElement.ValueKind != JsonValueKind.String ||
                        !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                    {
                        return Fail(line, id, "\"documentDate\" is not a date in the form YYYY-MM-DD");
                    }

                    date = parsed;
                }

                var text = textElement.GetString() ?? string.Empty;
                var passThrough = outputFields is null ? null : PassThroughOf(root, outputFields);
                return new JsonlRecord(line.Number, id, new ArticleInput(text, new AnalysisOptions { Id = id, DocumentDate = date }), null, passThrough)
                {
                    Strings = stringFields is null ? NoStrings : StringsOf(root, stringFields),
                };
            }
            catch (InvalidOperationException e)
            {
                // A lone surrogate escaped in a JSON string (\ud800) cannot become a .NET string faithfully.
                return Fail(line, id, "invalid text: " + FirstSentence(e.Message));
            }
        }
    }

    private static int ValidPrefixLength(ReadOnlySpan<byte> bytes)
    {
        var index = 0;
        while (index < bytes.Length && Rune.DecodeFromUtf8(bytes[index..], out _, out var consumed) == OperationStatus.Done)
        {
            index += consumed;
        }

        return index;
    }

    private static Dictionary<string, string> StringsOf(JsonElement root, IReadOnlyCollection<string> fields)
    {
        var strings = new Dictionary<string, string>(fields.Count, StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (root.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
            {
                strings[field] = value.GetString()!;
            }
        }

        return strings;
    }

    private static byte[]? PassThroughOf(JsonElement root, IReadOnlySet<string> outputFields)
    {
        ArrayBufferWriter<byte>? buffer = null;
        Utf8JsonWriter? writer = null;
        foreach (var property in root.EnumerateObject())
        {
            if (InputFields.Contains(property.Name) || outputFields.Contains(property.Name))
            {
                continue;
            }

            if (writer is null)
            {
                buffer = new ArrayBufferWriter<byte>();
                writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = GeoNlpJson.DefaultOptions.Encoder });
                writer.WriteStartObject();
            }

            writer.WritePropertyName(property.Name);
            writer.WriteRawValue(property.Value.GetRawText(), skipInputValidation: true);
        }

        if (writer is null)
        {
            return null;
        }

        writer.WriteEndObject();
        writer.Flush();
        writer.Dispose();

        // The fields without the object's braces, ready to be spliced into the output object.
        return buffer!.WrittenSpan[1..^1].ToArray();
    }

    private static JsonlRecord Fail(JsonlLine line, string? id, string error) => new(line.Number, id, null, error, null);

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).TrimEnd('.');
    }

    private static string Position(JsonException e) =>
        e.BytePositionInLine is { } position ? string.Create(CultureInfo.InvariantCulture, $" (at byte {position + 1})") : string.Empty;
}

/// <summary>Reads the <c>id</c> of a JSON object from its first bytes, when a line is too long, not valid UTF-8 or
/// not valid JSON further on: the error line can then still say which article failed.</summary>
internal static class JsonlIdSniffer
{
    public static string? TryRead(ReadOnlySpan<byte> prefix)
    {
        try
        {
            var reader = new Utf8JsonReader(prefix, isFinalBlock: false, state: default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isId = reader.ValueTextEquals("id"u8);
                if (!reader.Read())
                {
                    return null;
                }

                if (isId)
                {
                    return reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                        _ => null,
                    };
                }

                if (!reader.TrySkip())
                {
                    return null;
                }
            }
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
        }

        return null;
    }
}
