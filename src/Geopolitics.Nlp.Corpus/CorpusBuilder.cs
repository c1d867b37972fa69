using DuckDB.NET.Data;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// Writes analyzed articles into a DuckDB corpus (by default one <c>corpus.duckdb</c> file). Articles are stored in
/// batches, each batch in one transaction through DuckDB appenders, so memory stays bounded by the batch size and an
/// interrupted build loses at most the batch in flight; opening the same file again skips the article ids already
/// stored. <see cref="Complete"/> recomputes the corpus-level tables (<c>entities</c>, <c>cooccurrence</c> and the entity
/// ids on mentions, claims and the timeline), so a resumed build ends equal to an uninterrupted one.
/// </summary>
/// <remarks>One builder owns its file; <see cref="Contains"/> and <see cref="AddError"/> may be called from the
/// thread that produces the input while <see cref="AddAsync"/> runs.</remarks>
public sealed class CorpusBuilder : IDisposable
{
    /// <summary>The number of articles written per transaction unless another is given.</summary>
    public const int DefaultBatchSize = 32;

    private readonly DuckDBConnection _connection;
    private readonly HashSet<string> _stored = new(StringComparer.Ordinal);
    private readonly HashSet<(string Source, int Line)> _errors = [];
    private readonly int _batchSize;
    private readonly object _gate = new();

    private CorpusBuilder(DuckDBConnection connection, int batchSize)
    {
        _connection = connection;
        _batchSize = batchSize;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT article_id FROM articles";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                _stored.Add(reader.GetString(0));
            }
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT source, line FROM errors";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                _errors.Add((reader.GetString(0), reader.GetInt32(1)));
            }
        }
    }

    /// <summary>Opens (or creates) the corpus at <paramref name="path"/> for building.</summary>
    /// <param name="path">The DuckDB database file.</param>
    /// <param name="batchSize">Articles per transaction (at least 1).</param>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty or <paramref name="batchSize"/> is below 1.</exception>
    public static CorpusBuilder Open(string path, int batchSize = DefaultBatchSize)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var connection = CorpusDatabase.Connect(path, readOnly: false);
        try
        {
            // A bounded buffer pool keeps the build's memory flat however large the corpus grows; DuckDB spills to
            // a temporary folder beside the file when a final join needs more.
            CorpusIndexer.Execute(connection, "SET memory_limit = '256MB'; SET preserve_insertion_order = false;");
            CorpusIndexer.Execute(connection, CorpusSchema.Create);
            return new CorpusBuilder(connection, batchSize);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The number of articles stored so far.</summary>
    public int ArticleCount
    {
        get
        {
            lock (_gate)
            {
                return _stored.Count;
            }
        }
    }

    /// <summary>Whether an article with this id is already stored: a caller can skip analyzing it.</summary>
    public bool Contains(string articleId)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        lock (_gate)
        {
            return _stored.Contains(articleId);
        }
    }

    /// <summary>Stores articles with their metadata, skipping ids already stored.</summary>
    /// <param name="analyses">The analyzed articles, streamed.</param>
    /// <param name="metadata">
    /// The metadata of each analysis (its id, url, publication date, outlet); by default the analysis's own id and
    /// document date (<see cref="CorpusArticle.From"/>).
    /// </param>
    /// <param name="cancellationToken">
    /// Stops the build: the articles already received are committed, then <see cref="OperationCanceledException"/> is thrown.
    /// </param>
    /// <returns>How many articles were added and skipped.</returns>
    public async Task<CorpusBuildSummary> AddAsync(
        IAsyncEnumerable<ArticleAnalysis> analyses, Func<ArticleAnalysis, CorpusArticle>? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        metadata ??= CorpusArticle.From;
        var batch = new List<(CorpusArticle Article, ArticleAnalysis Analysis)>(_batchSize);
        var batchIds = new HashSet<string>(StringComparer.Ordinal);
        int added = 0, skipped = 0;
        try
        {
            await foreach (var analysis in analyses.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var article = metadata(analysis);
                if (Contains(article.Id) || !batchIds.Add(article.Id))
                {
                    skipped++;
                    continue;
                }

                batch.Add((article, analysis));
                if (batch.Count >= _batchSize)
                {
                    added += Commit(batch);
                    batchIds.Clear();
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            // Whatever was received is stored, also when the build is cancelled or the input fails.
            added += Commit(batch);
        }

        return new CorpusBuildSummary(added, skipped);
    }

    /// <summary>Records an input line that could not be read; a line already recorded (same source and line) is not repeated.</summary>
    /// <returns>Whether the error was new.</returns>
    public bool AddError(CorpusInputError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        lock (_gate)
        {
            if (!_errors.Add((error.Source, error.Line)))
            {
                return false;
            }

            using var appender = _connection.CreateAppender("errors");
            appender.CreateRow()
                .AppendValue(error.Source).AppendValue(error.Line).AppendValue(error.ArticleId).AppendValue(error.Reason)
                .AppendValue(Labels.Month(null))
                .EndRow();
            return true;
        }
    }

    /// <summary>Recomputes the corpus-level tables (entities, co-occurrence, entity ids) from every stored article.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            CorpusIndexer.Run(_connection);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private int Commit(List<(CorpusArticle Article, ArticleAnalysis Analysis)> batch)
    {
        if (batch.Count == 0)
        {
            return 0;
        }

        lock (_gate)
        {
            using (var transaction = _connection.BeginTransaction())
            {
                using (var writer = new ArticleRowWriter(_connection))
                {
                    foreach (var (article, analysis) in batch)
                    {
                        writer.Write(article, analysis);
                    }
                }

                transaction.Commit();
            }

            foreach (var (article, _) in batch)
            {
                _stored.Add(article.Id);
            }
        }

        var count = batch.Count;
        batch.Clear();
        return count;
    }
}
