using System.Globalization;
using DuckDB.NET.Data;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// Appends one article's rows to the per-article tables through DuckDB appenders. The caller owns the transaction:
/// appenders append inside the connection's open transaction, so a rolled-back batch leaves nothing. Rows are kept
/// lean because appending is most of the cost of a build: rows carry the article's number, not its id or month, and
/// a mention's name number, not its type and canonical name (the views join them in from <c>article_rows</c> and
/// <c>names</c>); a mention's text is stored only when it differs from its canonical name.
/// </summary>
internal sealed class ArticleRowWriter : IDisposable
{
    private const int TitleLength = 200;
    private readonly DuckDBAppender _articles;
    private readonly DuckDBAppender _mentions;
    private readonly DuckDBAppender _claims;
    private readonly DuckDBAppender _timeline;
    private readonly DuckDBAppender _names;
    private readonly NameTable _nameTable;

    public ArticleRowWriter(DuckDBConnection connection, NameTable names)
    {
        _nameTable = names;
        _names = connection.CreateAppender("names");
        _articles = connection.CreateAppender("article_rows");
        _mentions = connection.CreateAppender("mention_rows");
        _claims = connection.CreateAppender("claim_rows");
        _timeline = connection.CreateAppender("timeline_rows");
    }

    /// <summary>Appends the rows of one article under its number (unique in the corpus).</summary>
    public void Write(int number, CorpusArticle article, ArticleAnalysis analysis)
    {
        var published = article.PublishedOn ?? analysis.DocumentDate;
        var month = Labels.Month(published);
        var sentences = new SentenceLocator(analysis.Sentences);
        var id = number;

        _articles.CreateRow()
            .AppendValue(number).AppendValue(article.Id).AppendValue(article.Url).AppendValue(article.Outlet).AppendValue(published)
            .AppendValue(article.PublishedOn is null && analysis.DocumentDateInferred).AppendValue(month)
            .AppendValue(Title(analysis)).AppendValue(analysis.Sentences.Count).AppendValue(analysis.Tokens.Count)
            .AppendValue(analysis.Text.Length)
            .EndRow();

        var mentionSentences = new int[analysis.Entities.Count];
        for (var i = 0; i < analysis.Entities.Count; i++)
        {
            var m = analysis.Entities[i];
            mentionSentences[i] = sentences.IndexOf(m.Start);
            var name = _nameTable.NumberOf(m.Type.ToName(), m.Canonical, m.Id, _names);
            _mentions.CreateRow()
                .AppendValue(id).AppendValue(i).AppendValue(mentionSentences[i])
                .AppendValue(m.Start).AppendValue(m.End).AppendValue(m.Text == m.Canonical ? null : m.Text).AppendValue(name)
                .EndRow();
        }

        var publishedText = published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (var i = 0; i < analysis.Claims.Count; i++)
        {
            var c = analysis.Claims[i];
            var date = c.Date ?? publishedText;
            DateOnly? day = c.Date is not null && DateOnly.TryParseExact(c.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : published;
            _claims.CreateRow()
                .AppendValue(id).AppendValue(i).AppendValue(sentences.IndexOf(c.Cue.Start))
                .AppendValue(c.Kind.ToName()).AppendValue(c.Cue.Text).AppendValue(c.Speaker.Text)
                .AppendValue(c.Speaker.Entity)
                .AppendValue(c.Content.Text).AppendValue(c.Content.Start).AppendValue(c.Content.End).AppendValue(c.Hedged)
                .AppendValue(date).AppendValue(day).AppendValue(c.Date is not null ? "attribution" : published is null ? null : "article")
                .AppendValue(c.About.ToList())
                .EndRow();
        }

        for (var i = 0; i < analysis.Dates.Count; i++)
        {
            var t = analysis.Dates[i];
            var sentence = sentences.IndexOf(t.Start);
            var names = new List<string>();
            for (var m = 0; m < mentionSentences.Length; m++)
            {
                if (mentionSentences[m] == sentence && !names.Contains(analysis.Entities[m].Canonical))
                {
                    names.Add(analysis.Entities[m].Canonical);
                }
            }

            string? sentenceText = null;
            if (sentence >= 0)
            {
                var s = analysis.Sentences[sentence];
                sentenceText = analysis.Text[s.Start..Math.Min(s.End, analysis.Text.Length)];
            }

            _timeline.CreateRow()
                .AppendValue(id).AppendValue(i).AppendValue(sentence)
                .AppendValue(t.Type.ToName()).AppendValue(t.Text).AppendValue(t.Value).AppendValue(t.Mod?.ToName())
                .AppendValue(t.FirstDay).AppendValue(t.LastDay).AppendValue(t.WeekdayMismatch).AppendValue(sentenceText)
                .AppendValue(names)
                .EndRow();
        }
    }

    public void Dispose()
    {
        _articles.Dispose();
        _mentions.Dispose();
        _claims.Dispose();
        _timeline.Dispose();
        _names.Dispose();
    }

    /// <summary>The article's first sentence (its headline in news text), shortened for lists.</summary>
    private static string? Title(ArticleAnalysis analysis)
    {
        if (analysis.Sentences.Count == 0)
        {
            return null;
        }

        var s = analysis.Sentences[0];
        var text = analysis.Text[s.Start..Math.Min(s.End, analysis.Text.Length)].Trim();
        return text.Length <= TitleLength ? text : string.Concat(text.AsSpan(0, TitleLength - 1), "…");
    }
}
