namespace Geopolitics.Nlp.Corpus.Tests;

/// <summary>A temporary folder for corpus files, deleted after the test.</summary>
internal sealed class TempCorpus : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("geonlp-corpus-").FullName;

    public string Path(string name) => System.IO.Path.Combine(Folder, name);

    public void Dispose() => Directory.Delete(Folder, recursive: true);

    /// <summary>Every table's rows as text, sorted: two corpora with equal dumps hold the same data.</summary>
    public static Dictionary<string, List<string>> Dump(string database)
    {
        using var corpus = CorpusDatabase.Open(database);
        var dump = new Dictionary<string, List<string>>();
        foreach (var table in CorpusDatabase.Tables)
        {
            using var reader = corpus.Query($"SELECT * FROM {table} ORDER BY ALL");
            var rows = new List<string>();
            while (reader.Read())
            {
                var values = new object[reader.FieldCount];
                reader.GetValues(values);
                rows.Add(string.Join(" | ", values.Select(Format)));
            }

            dump[table] = rows;
        }

        return dump;
    }

    public static long Scalar(string database, string sql)
    {
        using var corpus = CorpusDatabase.Open(database);
        using var reader = corpus.Query(sql);
        reader.Read();
        var value = reader.GetValue(0);
        return value is System.Numerics.BigInteger big ? (long)big : Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static string Format(object value) => value switch
    {
        DBNull => "NULL",
        DateTime d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object>().Select(Format)) + "]",
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
