using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary>One line of a JSONL input: an article to analyze, or the reason it cannot be.</summary>
internal sealed record JsonlItem(int LineNumber, string? Id, ArticleInput? Input, string? Error)
{
    /// <summary>Parses <c>{"id":"...","text":"...","documentDate":"YYYY-MM-DD"}</c>; <c>documentDate</c> is optional.</summary>
    public static JsonlItem Parse(int lineNumber, string line, DateOnly? defaultDate)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return new JsonlItem(lineNumber, null, null, "empty line");
        }

        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new JsonlItem(lineNumber, null, null, "line is not a JSON object");
            }

            string? id = null;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind switch
                {
                    JsonValueKind.String => idElement.GetString(),
                    JsonValueKind.Number => idElement.GetRawText(),
                    JsonValueKind.Null => null,
                    _ => null,
                };
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return new JsonlItem(lineNumber, id, null, "missing string field \"text\"");
            }

            var date = defaultDate;
            if (root.TryGetProperty("documentDate", out var dateElement) && dateElement.ValueKind != JsonValueKind.Null)
            {
                if (dateElement.ValueKind != JsonValueKind.String ||
                    !DateOnly.TryParseExact(dateElement.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    return new JsonlItem(lineNumber, id, null, "\"documentDate\" is not a date in the form YYYY-MM-DD");
                }

                date = parsed;
            }

            var text = textElement.GetString() ?? string.Empty;
            return new JsonlItem(lineNumber, id, new ArticleInput(text, new AnalysisOptions { Id = id, DocumentDate = date }), null);
        }
        catch (JsonException e)
        {
            return new JsonlItem(lineNumber, null, null, "invalid JSON: " + e.Message.Split('.')[0]);
        }
        catch (InvalidOperationException e)
        {
            // Lone surrogates escaped in JSON strings cannot become .NET strings faithfully.
            return new JsonlItem(lineNumber, null, null, "invalid text: " + e.Message);
        }
    }

    public static IEnumerable<JsonlItem> ReadAll(TextReader reader, string source, DateOnly? defaultDate)
    {
        var lineNumber = 0;
        while (true)
        {
            string? line;
            try
            {
                line = reader.ReadLine();
            }
            catch (DecoderFallbackException)
            {
                throw new InputException($"{source}: not valid UTF-8 after line {lineNumber}");
            }

            if (line is null)
            {
                yield break;
            }

            lineNumber++;
            yield return Parse(lineNumber, line, defaultDate);
        }
    }
}
