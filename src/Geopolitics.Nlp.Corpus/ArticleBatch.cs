using DuckDB.NET.Data;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// One open transaction the articles of a batch are appended into as they arrive, so no analysis is held after it is
/// written; committing makes the batch durable at once, and disposing an uncommitted batch rolls it back.
/// </summary>
internal sealed class ArticleBatch : IDisposable
{
    private readonly DuckDBTransaction _transaction;
    private readonly ArticleRowWriter _writer;
    private readonly NameTable _names;
    private bool _closed;
    private bool _committed;

    public ArticleBatch(DuckDBConnection connection, NameTable names)
    {
        _names = names;
        _transaction = connection.BeginTransaction();
        try
        {
            _writer = new ArticleRowWriter(connection, names);
        }
        catch
        {
            _transaction.Dispose();
            throw;
        }
    }

    /// <summary>The ids of the articles written in this batch.</summary>
    public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

    public void Add(int number, CorpusArticle article, ArticleAnalysis analysis)
    {
        _writer.Write(number, article, analysis);
        Ids.Add(article.Id);
    }

    /// <summary>Flushes the appenders into the transaction and commits it.</summary>
    public void Commit()
    {
        _closed = true;
        _writer.Dispose();
        _transaction.Commit();
        _committed = true;
        _names.Commit();
    }

    public void Dispose()
    {
        if (!_closed)
        {
            _closed = true;
            _writer.Dispose();
        }

        _transaction.Dispose();
        if (!_committed)
        {
            _names.Rollback();
        }
    }
}
