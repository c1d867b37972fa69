using System.Text;
using System.Text.Json;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// Writes the analyses of <c>analyze FILE...</c> as they finish, in one of the stream formats: <c>json</c> (one
/// indented object, or an array when several inputs were named), <c>jsonl</c> (a compact line each) or <c>table</c>.
/// Each result is flushed when written, so a reader of standard output sees it at once.
/// </summary>
internal abstract class ResultSink : IDisposable
{
    public static ResultSink Create(string format, Stream output, JsonFields fields, bool several) => format switch
    {
        "jsonl" => new JsonlSink(output, fields),
        "table" => new TableSink(output),
        _ => new JsonSink(output, fields, several),
    };

    public abstract void Write(ArticleAnalysis analysis);

    public abstract void Finish();

    /// <summary>Releases the sink's writer; the output stream belongs to the caller and stays open.</summary>
    public void Dispose()
    {
        DisposeWriter();
        GC.SuppressFinalize(this);
    }

    protected abstract void DisposeWriter();

    private sealed class JsonlSink(Stream output, JsonFields fields) : ResultSink
    {
        private readonly AnalysisJsonWriter _writer = new(fields);

        public override void Write(ArticleAnalysis analysis)
        {
            _writer.WriteLine(output, analysis, passThrough: null);
            output.Flush();
        }

        public override void Finish() => output.Flush();

        protected override void DisposeWriter() => _writer.Dispose();
    }

    private sealed class JsonSink(Stream output, JsonFields fields, bool several) : ResultSink
    {
        private readonly Utf8JsonWriter _writer = new(output, new JsonWriterOptions { Indented = true, Encoder = fields.Indented.Encoder });
        private bool _started;

        public override void Write(ArticleAnalysis analysis)
        {
            if (several && !_started)
            {
                _writer.WriteStartArray();
            }

            _started = true;
            JsonSerializer.Serialize(_writer, analysis, JsonFields.TypeInfo(fields.Indented));
            _writer.Flush();
            output.Flush();
        }

        public override void Finish()
        {
            if (several && _started)
            {
                _writer.WriteEndArray();
            }

            _writer.Flush();
            if (_started)
            {
                output.WriteByte((byte)'\n');
            }

            output.Flush();
        }

        protected override void DisposeWriter() => _writer.Dispose();
    }

    private sealed class TableSink(Stream output) : ResultSink
    {
        private readonly StreamWriter _writer = new(output, new UTF8Encoding(false), 16 * 1024, leaveOpen: true);

        public override void Write(ArticleAnalysis analysis)
        {
            TableWriter.Write(_writer, analysis);
            _writer.Flush();
        }

        public override void Finish() => _writer.Flush();

        protected override void DisposeWriter() => _writer.Dispose();
    }
}
