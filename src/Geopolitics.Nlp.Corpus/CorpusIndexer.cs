using System.Globalization;
using System.Text;
using DuckDB.NET.Data;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// Recomputes the corpus-level tables from the per-article ones at the end of a build: the name → entity maps the
/// views join in, the <c>entities</c> table and sentence co-occurrence. Everything here is derived, so a resumed build
/// ends in the same state as an uninterrupted one. The merging itself runs in .NET over the distinct names only (the
/// vocabulary, however many articles mention it); every pass over the mention rows runs inside DuckDB on integer
/// name and entity numbers.
/// </summary>
internal static class CorpusIndexer
{
    private const string ReadNames = """
        SELECT n.name_no, n.type, n.canonical, n.wikidata_id, c.mentions
        FROM names n JOIN (SELECT name_no, count(*) AS mentions FROM mention_rows GROUP BY name_no) c ON c.name_no = n.name_no
        """;

    /// <summary>Articles per pass of the derivations: each pass holds the hash tables of this many articles only.</summary>
    public const int DefaultArticlesPerPass = 2048;

    private const string Clear = """
        DELETE FROM entities; DELETE FROM cooccurrence;
        CREATE OR REPLACE TEMP TABLE entity_parts (entity_no INTEGER, articles BIGINT, first_date DATE, last_date DATE);
        CREATE OR REPLACE TEMP TABLE pair_parts (month VARCHAR, x INTEGER, y INTEGER, sentences BIGINT, articles BIGINT);
        """;

    /// <summary>
    /// The derivations for the articles numbered <c>{0}</c> (inclusive) to <c>{1}</c> (exclusive). Rows are stored in
    /// article order, so DuckDB's per-row-group min/max skips the rest of the corpus, and memory stays that of one pass
    /// however large the corpus grows. Entity article counts and sentence co-occurrence are summed over passes at the end
    /// (each article falls in exactly one pass).
    /// </summary>
    private const string DerivePass = """
        CREATE OR REPLACE TEMP TABLE sentence_entities AS
        SELECT DISTINCT m.article_no, m.sentence, en.entity_no FROM mention_rows m JOIN entity_names en ON en.name_no = m.name_no
        WHERE m.article_no >= {0} AND m.article_no < {1};

        INSERT INTO entity_parts
        SELECT s.entity_no, count(*), min(a.published_on), max(a.published_on)
        FROM (SELECT DISTINCT article_no, entity_no FROM sentence_entities) s JOIN article_rows a ON a.article_no = s.article_no
        GROUP BY s.entity_no;

        INSERT INTO pair_parts
        SELECT ar.month, p.x, p.y, sum(p.sentences), count(*)
        FROM (SELECT a.article_no, a.entity_no AS x, b.entity_no AS y, count(*) AS sentences
              FROM sentence_entities a JOIN sentence_entities b
              ON a.article_no = b.article_no AND a.sentence = b.sentence AND a.entity_no < b.entity_no
              GROUP BY a.article_no, a.entity_no, b.entity_no) p
        JOIN article_rows ar ON ar.article_no = p.article_no
        GROUP BY ar.month, p.x, p.y;

        DROP TABLE sentence_entities;
        """;

    private static readonly CompositeFormat DerivePassFormat = CompositeFormat.Parse(DerivePass);

    private const string Finish = """
        INSERT INTO entities
        SELECT l.entity_id, l.name, l.type, l.wikidata_id, list_sort(l.variants), l.mentions,
               x.articles, x.first_date, x.last_date, coalesce(strftime(x.first_date, '%Y-%m'), 'undated')
        FROM entity_list l JOIN (
            SELECT entity_no, sum(articles) AS articles, min(first_date) AS first_date, max(last_date) AS last_date
            FROM entity_parts GROUP BY entity_no) x ON x.entity_no = l.entity_no;

        INSERT INTO cooccurrence
        SELECT m.month, least(ex.entity_id, ey.entity_id), greatest(ex.entity_id, ey.entity_id),
               CASE WHEN ex.entity_id < ey.entity_id THEN ex.name ELSE ey.name END,
               CASE WHEN ex.entity_id < ey.entity_id THEN ey.name ELSE ex.name END,
               m.sentences, m.articles
        FROM (SELECT month, x, y, sum(sentences) AS sentences, sum(articles) AS articles FROM pair_parts GROUP BY month, x, y) m
        JOIN entity_list ex ON ex.entity_no = m.x JOIN entity_list ey ON ey.entity_no = m.y;

        DROP TABLE entity_parts;
        DROP TABLE pair_parts;
        """;

    public static void Run(DuckDBConnection connection, int articlesPerPass = DefaultArticlesPerPass)
    {
        var stored = new List<StoredName>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = ReadNames;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                stored.Add(new StoredName(
                    reader.GetInt32(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.GetInt64(4)));
            }
        }

        // One name per (type, canonical): its mentions summed, its Wikidata id the one most of them carry.
        var names = stored.GroupBy(n => (n.Type, n.Canonical))
            .Select(g => new EntityName(g.Key.Type, g.Key.Canonical,
                g.Where(n => n.WikidataId is not null).OrderByDescending(n => n.Mentions).ThenBy(n => n.WikidataId, StringComparer.Ordinal)
                    .Select(n => n.WikidataId).FirstOrDefault(),
                g.Sum(n => n.Mentions)))
            .ToList();
        var map = EntityMerger.Merge(names);
        var entities = names.GroupBy(n => map[(n.Type, n.Canonical)]).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        using var transaction = connection.BeginTransaction();
        Execute(connection, "DELETE FROM entity_list; DELETE FROM entity_names; DELETE FROM name_entity;");
        using (var appender = connection.CreateAppender("entity_list"))
        {
            foreach (var group in entities)
            {
                var number = numbers.Count;
                numbers[group.Key] = number;
                var type = group.GroupBy(m => m.Type).OrderByDescending(g => g.Sum(m => m.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                appender.CreateRow()
                    .AppendValue(number).AppendValue(group.Key).AppendValue(EntityMerger.Representative(group).Canonical).AppendValue(type)
                    .AppendValue(group.Select(m => m.WikidataId).FirstOrDefault(w => w is not null))
                    .AppendValue(group.Select(m => m.Canonical).Distinct(StringComparer.Ordinal).ToList())
                    .AppendValue(group.Sum(m => m.Mentions))
                    .EndRow();
            }
        }

        using (var appender = connection.CreateAppender("entity_names"))
        {
            foreach (var name in stored)
            {
                var id = map[(name.Type, name.Canonical)];
                appender.CreateRow().AppendValue(name.Number).AppendValue(numbers[id]).AppendValue(id).EndRow();
            }
        }

        // A bare canonical name (a claim's speaker and "about" names, a sentence's names) means the entity most of
        // its mentions belong to, whatever their type.
        using (var appender = connection.CreateAppender("name_entity"))
        {
            foreach (var canonical in names.GroupBy(n => n.Canonical, StringComparer.Ordinal))
            {
                var best = canonical.GroupBy(n => map[(n.Type, n.Canonical)])
                    .OrderByDescending(g => g.Sum(n => n.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                appender.CreateRow().AppendValue(canonical.Key).AppendValue(best).EndRow();
            }
        }

        Execute(connection, Clear);
        long articles;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = CorpusSchema.NextArticleNumber;
            articles = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        for (long first = 0; first < articles; first += articlesPerPass)
        {
            Execute(connection, string.Format(CultureInfo.InvariantCulture, DerivePassFormat, first, first + articlesPerPass));
        }

        Execute(connection, Finish);
        transaction.Commit();
    }

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>A row of the <c>names</c> table with how many mentions carry it.</summary>
    private sealed record StoredName(int Number, string Type, string Canonical, string? WikidataId, long Mentions);
}
