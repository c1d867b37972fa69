using DuckDB.NET.Data;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// Numbers the corpus's distinct names — (type, canonical name, Wikidata id) — so a mention row stores one integer
/// instead of three strings, and the end-of-build joins run on integers. The table grows with the vocabulary, not
/// with the number of articles: a name is stored once however often it is mentioned. Numbers are given in the order
/// names first occur and kept in the <c>names</c> table, loaded again when a build resumes.
/// </summary>
internal sealed class NameTable
{
    private readonly Dictionary<(string Type, string Canonical, string? WikidataId), int> _numbers = [];
    private readonly List<(string Type, string Canonical, string? WikidataId)> _pending = [];

    private NameTable()
    {
    }

    /// <summary>Loads the names stored in the corpus.</summary>
    public static NameTable Load(DuckDBConnection connection)
    {
        var table = new NameTable();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name_no, type, canonical, wikidata_id FROM names";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            table._numbers[(reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))] = reader.GetInt32(0);
        }

        return table;
    }

    /// <summary>The number of a name; a name seen for the first time is appended to <paramref name="names"/> (the open batch's appender).</summary>
    public int NumberOf(string type, string canonical, string? wikidataId, DuckDBAppender names)
    {
        var key = (type, canonical, wikidataId);
        if (_numbers.TryGetValue(key, out var number))
        {
            return number;
        }

        number = _numbers.Count;
        _numbers[key] = number;
        _pending.Add(key);
        names.CreateRow().AppendValue(number).AppendValue(type).AppendValue(canonical).AppendValue(wikidataId).EndRow();
        return number;
    }

    /// <summary>The names numbered since the last commit are now stored.</summary>
    public void Commit() => _pending.Clear();

    /// <summary>The batch that stored the names numbered since the last commit was rolled back: forget them.</summary>
    public void Rollback()
    {
        foreach (var key in _pending)
        {
            _numbers.Remove(key);
        }

        _pending.Clear();
    }
}
