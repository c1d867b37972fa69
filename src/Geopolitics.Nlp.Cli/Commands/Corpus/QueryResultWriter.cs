using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Numerics;
using System.Text.Json;

namespace Geopolitics.Nlp.Cli.Commands.Corpus;

/// <summary>Writes the rows of a corpus query as an aligned text table, CSV (RFC 4180) or a JSON array of objects.</summary>
internal static class QueryResultWriter
{
    public static int Write(DbDataReader reader, string format, TextWriter output)
    {
        var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
        return format switch
        {
            "csv" => WriteCsv(reader, names, output),
            "json" => WriteJson(reader, names, output),
            _ => WriteTable(reader, names, output),
        };
    }

    /// <summary>A value as text: dates as ISO 8601, lists in brackets, NULL as an empty string.</summary>
    public static string Text(object value) => value switch
    {
        DBNull or null => string.Empty,
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("s", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IEnumerable list => "[" + string.Join(", ", list.Cast<object>().Select(Text)) + "]",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    private static int WriteTable(DbDataReader reader, string[] names, TextWriter writer)
    {
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, names.Length).Select(i => Flat(Text(reader.GetValue(i)))).ToArray());
        }

        var widths = names.Select((n, i) => Math.Min(60, rows.Select(r => r[i].Length).Append(n.Length).Max())).ToArray();
        writer.WriteLine(string.Join(" | ", names.Select((n, i) => n.PadRight(widths[i]))).TrimEnd());
        writer.WriteLine(string.Join("-|-", widths.Select(w => new string('-', w))));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(" | ", row.Select((v, i) => Fit(v, widths[i]))).TrimEnd());
        }

        writer.WriteLine($"({rows.Count} row{(rows.Count == 1 ? "" : "s")})");
        return rows.Count;
    }

    private static int WriteCsv(DbDataReader reader, string[] names, TextWriter writer)
    {
        writer.Write(string.Join(",", names.Select(Quote)) + "\r\n");
        var count = 0;
        while (reader.Read())
        {
            writer.Write(string.Join(",", Enumerable.Range(0, names.Length).Select(i => Quote(Text(reader.GetValue(i))))) + "\r\n");
            count++;
        }

        return count;
    }

    private static int WriteJson(DbDataReader reader, string[] names, TextWriter output)
    {
        // One object per row, written as it is read: memory does not grow with the result.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        output.Write('[');
        var count = 0;
        while (reader.Read())
        {
            buffer.Clear();
            using (var writer = new Utf8JsonWriter(buffer, options))
            {
                writer.WriteStartObject();
                for (var i = 0; i < names.Length; i++)
                {
                    writer.WritePropertyName(names[i]);
                    WriteValue(writer, reader.GetValue(i));
                }

                writer.WriteEndObject();
            }

            output.Write(count++ == 0 ? "\n" : ",\n");
            output.Write(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }

        output.Write(count == 0 ? "]\n" : "\n]\n");
        return count;
    }

    private static void WriteValue(Utf8JsonWriter writer, object value)
    {
        switch (value)
        {
            case DBNull or null:
                writer.WriteNullValue();
                break;
            case bool b:
                writer.WriteBooleanValue(b);
                break;
            case int or long or short or byte or sbyte or uint or ushort or ulong:
                writer.WriteNumberValue(Convert.ToInt64(value, CultureInfo.InvariantCulture));
                break;
            case BigInteger big:
                writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                break;
            case double d when double.IsFinite(d):
                writer.WriteNumberValue(d);
                break;
            case float f when float.IsFinite(f):
                writer.WriteNumberValue(f);
                break;
            case decimal m:
                writer.WriteNumberValue(m);
                break;
            case string s:
                writer.WriteStringValue(s);
                break;
            case IEnumerable list and not string:
                writer.WriteStartArray();
                foreach (var item in list)
                {
                    WriteValue(writer, item);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteStringValue(Text(value));
                break;
        }
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Flat(string value) => value.ReplaceLineEndings(" ");

    private static string Fit(string value, int width) =>
        value.Length <= width ? value.PadRight(width) : string.Concat(value.AsSpan(0, width - 1), "…");
}
