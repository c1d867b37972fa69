using System.Buffers;
using System.Text.Json;
using Geopolitics.Nlp.Serialization;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// Writes JSONL result lines: an analysis (trimmed to the selected fields) with the input's other fields spliced in
/// after its own, or an error line <c>{"id":…,"line":N,"error":"…"}</c>. One line at a time into a reused buffer,
/// then to the output in one write, so a reader never sees half a line.
/// </summary>
internal sealed class AnalysisJsonWriter(JsonFields fields) : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);
    private readonly Utf8JsonWriter _writer = new(Stream.Null, new JsonWriterOptions { Encoder = GeoNlpJson.DefaultOptions.Encoder });

    public void WriteLine(Stream output, ArticleAnalysis analysis, byte[]? passThrough)
    {
        Begin();
        JsonSerializer.Serialize(_writer, analysis, JsonFields.TypeInfo(fields.Compact));
        _writer.Flush();
        var json = _buffer.WrittenSpan;
        if (passThrough is { Length: > 0 })
        {
            output.Write(json[..^1]);
            output.WriteByte((byte)',');
            output.Write(passThrough);
            output.WriteByte((byte)'}');
        }
        else
        {
            output.Write(json);
        }

        output.WriteByte((byte)'\n');
    }

    public void WriteError(Stream output, string? id, int line, string error)
    {
        Begin();
        _writer.WriteStartObject();
        _writer.WriteString("id", id);
        _writer.WriteNumber("line", line);
        _writer.WriteString("error", error);
        _writer.WriteEndObject();
        _writer.Flush();
        output.Write(_buffer.WrittenSpan);
        output.WriteByte((byte)'\n');
    }

    private void Begin()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
    }

    /// <summary>Releases the JSON writer (it writes into an in-memory buffer, never into the output).</summary>
    public void Dispose() => _writer.Dispose();
}
