using System.Threading.Channels;
using DuckDB.NET.Data;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// Writes analyzed articles into a DuckDB corpus (by default one <c>corpus.duckdb</c> file). Each article is appended
/// through DuckDB appenders as it arrives and not held afterwards; a batch of articles shares one transaction, so a
/// build that crashes loses at most the batch in flight (a cancelled one commits it first), and opening the same file
/// again skips the article ids already stored. <see cref="Complete()"/> recomputes the corpus-level tables (<c>entities</c>, <c>cooccurrence</c> and the entity
/// ids on mentions, claims and the timeline), so a resumed build ends equal to an uninterrupted one.
/// </summary>
/// <remarks>One builder owns its file; <see cref="Contains"/> and <see cref="AddError"/> may be called from the
/// thread that produces the input while <see cref="AddAsync"/> runs.</remarks>
public sealed class CorpusBuilder : IDisposable
{
    /// <summary>
    /// The number of articles written per transaction unless another is given. Articles are appended as they arrive
    /// and DuckDB writes the full row groups of an open transaction to the file, so a large batch costs little memory;
    /// it saves DuckDB from logging many small commits and checkpointing them again and again.
    /// </summary>
    public const int DefaultBatchSize = 2048;

    /// <summary>
    /// Articles handed to the writer thread at once. Handing them over one by one woke the writer (and made it spin
    /// before sleeping) for every article, a system call each way; a chunk of articles costs one.
    /// </summary>
    private const int ChunkLength = 16;

    /// <summary>
    /// Chunks waiting for the writer at most: the analyzer goes on through a commit's pause while they fill, and memory
    /// stays flat (with the chunk being filled and the one being written, at most 64 analyses are held).
    /// </summary>
    private const int QueueLength = 2;

    private readonly DuckDBConnection _connection;
    private readonly HashSet<string> _stored = new(StringComparer.Ordinal);
    private readonly HashSet<(string Source, int Line)> _errors = [];
    private readonly int _batchSize;
    private readonly object _gate = new();
    private readonly NameTable _names;
    private int _nextArticle;

    private CorpusBuilder(DuckDBConnection connection, int batchSize)
    {
        _connection = connection;
        _batchSize = batchSize;
        _names = NameTable.Load(connection);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = CorpusSchema.NextArticleNumber;
            _nextArticle = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT article_id FROM article_rows";
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
    /// <exception cref="InvalidOperationException">The file holds a corpus in the layout of an earlier version.</exception>
    public static CorpusBuilder Open(string path, int batchSize = DefaultBatchSize)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        var connection = CorpusDatabase.Connect(path, readOnly: false);
        try
        {
            // A bounded buffer pool keeps the build's memory flat however large the corpus grows; DuckDB spills to
            // a temporary folder beside the file when a final join needs more. DuckDB's allocator otherwise keeps up
            // to 128 MB of freed memory cached outside that pool, filled over the first few thousand articles (the
            // peak then rose with the corpus up to ~10,000 articles): it is handed back once 4 MB are cached, by a
            // background thread. One DuckDB worker thread: the analyzer already keeps every core busy, and a second
            // worker only contends with it (measured: appends and the final joins cost about half the CPU time with one).
            CorpusIndexer.Execute(connection, """
                SET memory_limit = '64MB'; SET threads = 1; SET preserve_insertion_order = false;
                SET allocator_flush_threshold = '4MB'; SET allocator_background_threads = true;
                """);
            using (var command = connection.CreateCommand())
            {
                command.CommandText = CorpusSchema.EarlierLayout;
                if (command.ExecuteScalar() is true)
                {
                    throw new InvalidOperationException($"{path} was built by an earlier version of Geopolitics.Nlp.Corpus; build the corpus again into a new file.");
                }
            }

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
    /// <param name="analyses">The analyzed articles, streamed: each is written as it arrives and not held afterwards.</param>
    /// <param name="metadata">
    /// The metadata of each analysis (its id, url, publication date, outlet); by default the analysis's own id and
    /// document date (<see cref="CorpusArticle.From"/>).
    /// </param>
    /// <param name="cancellationToken">
    /// Stops the build: the articles already received are committed, then <see cref="OperationCanceledException"/> is thrown.
    /// </param>
    /// <returns>How many articles were added and skipped.</returns>
    /// <remarks>
    /// The rows are appended on a thread of their own, a few articles behind the caller: the enumeration of
    /// <paramref name="analyses"/> (and so the analyzer producing them) goes on while DuckDB appends and commits.
    /// Articles are written in the order they arrive, so the article numbers and the file do not depend on timing.
    /// </remarks>
    public async Task<CorpusBuildSummary> AddAsync(
        IAsyncEnumerable<ArticleAnalysis> analyses, Func<ArticleAnalysis, CorpusArticle>? metadata = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analyses);
        metadata ??= CorpusArticle.From;
        var queue = Channel.CreateBounded<List<(CorpusArticle Article, ArticleAnalysis Analysis)>>(
            new BoundedChannelOptions(QueueLength) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        // A dedicated thread, not the thread pool's: it blocks while the queue is empty, and the pool's threads are
        // the analyzer's workers.
        var writer = Task.Factory.StartNew(
            () => Write(queue), CancellationToken.None, TaskCreationOptions.LongRunning | TaskCreationOptions.DenyChildAttach, TaskScheduler.Default);
        var queued = new HashSet<string>(StringComparer.Ordinal);
        var chunk = new List<(CorpusArticle Article, ArticleAnalysis Analysis)>(ChunkLength);
        var skipped = 0;
        try
        {
            await foreach (var analysis in analyses.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                var article = metadata(analysis);
                if (Contains(article.Id) || !queued.Add(article.Id))
                {
                    skipped++;
                    continue;
                }

                chunk.Add((article, analysis));
                if (chunk.Count == ChunkLength)
                {
                    if (!await Hand(queue.Writer, chunk).ConfigureAwait(false))
                    {
                        break;
                    }

                    chunk = new List<(CorpusArticle Article, ArticleAnalysis Analysis)>(ChunkLength);
                }

                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        finally
        {
            // Whatever was received is stored, also when the build is cancelled or the input fails.
            if (chunk.Count > 0)
            {
                await Hand(queue.Writer, chunk).ConfigureAwait(false);
            }

            queue.Writer.TryComplete();
            await writer.ConfigureAwait(false);
        }

        return new CorpusBuildSummary(await writer.ConfigureAwait(false), skipped);
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
    public void Complete() => Complete(CorpusIndexer.DefaultArticlesPerPass);

    /// <summary>Recomputes the corpus-level tables in passes of <paramref name="articlesPerPass"/> articles (tests use small passes).</summary>
    internal void Complete(int articlesPerPass)
    {
        lock (_gate)
        {
            CorpusIndexer.Run(_connection, articlesPerPass);
        }
    }

    /// <summary>The number of rows of every corpus table (what <see cref="CorpusDatabase.Counts()"/> gives once the file is closed).</summary>
    internal IReadOnlyDictionary<string, long> Counts()
    {
        lock (_gate)
        {
            return CorpusDatabase.Counts(_connection);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    /// <summary>
    /// Queues a chunk for the writer. Not cancellable: an article received is stored. The writer always makes progress,
    /// and if it fails it closes the queue.
    /// </summary>
    /// <returns>Whether the writer took the chunk (false once it has failed; its exception is thrown when it is awaited).</returns>
    private static async ValueTask<bool> Hand(
        ChannelWriter<List<(CorpusArticle Article, ArticleAnalysis Analysis)>> queue, List<(CorpusArticle Article, ArticleAnalysis Analysis)> chunk)
    {
        try
        {
            await queue.WriteAsync(chunk, CancellationToken.None).ConfigureAwait(false);
            return true;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
    }

    /// <summary>
    /// The writer thread: appends the queued articles in order, a transaction per <see cref="_batchSize"/> articles,
    /// and commits the last batch when the queue is completed. On failure it closes the queue so the producer stops.
    /// </summary>
    /// <returns>The number of articles added.</returns>
    private int Write(Channel<List<(CorpusArticle Article, ArticleAnalysis Analysis)>> queue)
    {
        ArticleBatch? batch = null;
        var added = 0;
        try
        {
            try
            {
                // Blocking is this thread's job: it has nothing else to do until an article arrives.
                while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
                {
                    while (queue.Reader.TryRead(out var chunk))
                    {
                        foreach (var item in chunk)
                        {
                            lock (_gate)
                            {
                                batch ??= new ArticleBatch(_connection, _names);
                                try
                                {
                                    batch.Add(_nextArticle++, item.Article, item.Analysis);
                                }
                                catch
                                {
                                    // A half-written article must not be committed: the whole batch is rolled back and analyzed again on resume.
                                    batch.Dispose();
                                    batch = null;
                                    throw;
                                }
                            }

                            if (batch.Ids.Count >= _batchSize)
                            {
                                added += Commit(batch);
                                batch = null;
                            }
                        }
                    }
                }
            }
            finally
            {
                if (batch is not null)
                {
                    added += Commit(batch);
                }
            }
        }
        catch
        {
            queue.Writer.TryComplete();
            throw;
        }

        return added;
    }

    private int Commit(ArticleBatch batch)
    {
        lock (_gate)
        {
            using (batch)
            {
                batch.Commit();
            }

            _stored.UnionWith(batch.Ids);
        }

        return batch.Ids.Count;
    }
}
