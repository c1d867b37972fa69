using System.Data.Common;
using DuckDB.NET.Data;

namespace Geopolitics.Nlp.Corpus;

/// <summary>A built corpus opened for reading: SQL queries, table counts and Parquet export.</summary>
public sealed class CorpusDatabase : IDisposable
{
    private readonly DuckDBConnection _connection;

    private CorpusDatabase(DuckDBConnection connection) => _connection = connection;

    /// <summary>The corpus tables, in the order they are exported (immutable).</summary>
    public static IReadOnlyList<string> Tables { get; } = CorpusSchema.AllTables;

    /// <summary>Opens an existing corpus file read-only.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public static CorpusDatabase Open(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such corpus", path);
        }

        return new CorpusDatabase(Connect(path, readOnly: true));
    }

    /// <summary>Runs a SQL statement and returns a reader over its rows; dispose the reader before the next query.</summary>
    public DbDataReader Query(string sql)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sql);
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteReader();
    }

    /// <summary>The number of rows of every corpus table.</summary>
    public IReadOnlyDictionary<string, long> Counts() => Counts(_connection);

    /// <summary>The number of rows of every corpus table, on any connection to a corpus.</summary>
    internal static Dictionary<string, long> Counts(DuckDBConnection connection)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in CorpusSchema.AllTables)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT count(*) FROM {CorpusSchema.RowSource(table)}";
            counts[table] = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        return counts;
    }

    /// <summary>
    /// Writes every table as Parquet under <paramref name="folder"/>, one folder per table partitioned by month
    /// (<c>mentions/month=2025-09/data_0.parquet</c>), replacing earlier exports; readable by DuckDB, Spark, Trino and pandas.
    /// </summary>
    /// <returns>The Parquet files written.</returns>
    public IReadOnlyList<string> ExportParquet(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);
        foreach (var table in CorpusSchema.AllTables)
        {
            var target = Path.GetFullPath(Path.Combine(folder, table));
            if (Directory.Exists(target))
            {
                Directory.Delete(target, recursive: true);
            }

            Directory.CreateDirectory(target);
            using var command = _connection.CreateCommand();
            command.CommandText = $"COPY (SELECT * FROM {table} ORDER BY ALL) TO '{target.Replace("'", "''", StringComparison.Ordinal)}' " +
                "(FORMAT PARQUET, PARTITION_BY (month), OVERWRITE_OR_IGNORE)";
            command.ExecuteNonQuery();
        }

        return [.. Directory.GetFiles(folder, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    internal static DuckDBConnection Connect(string path, bool readOnly)
    {
        var builder = new DuckDBConnectionStringBuilder { DataSource = path };
        if (readOnly)
        {
            builder["ACCESS_MODE"] = "READ_ONLY";
        }

        var connection = new DuckDBConnection(builder.ConnectionString);
        connection.Open();
        return connection;
    }
}
