using DuckDB.NET.Data;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// Recomputes the corpus-level tables from the per-article ones at the end of a build: the name → entity maps the
/// views join in, the <c>entities</c> table and sentence co-occurrence. Everything here
/// is derived, so a resumed build ends in the same state as an uninterrupted one.
/// </summary>
internal static class CorpusIndexer
{
    private const string ReadNames = """
        SELECT type, canonical, mode(wikidata_id) FILTER (WHERE wikidata_id IS NOT NULL), count(*)
        FROM mention_rows GROUP BY type, canonical
        """;

    private const string Derive = """
        DELETE FROM name_entity;
        INSERT INTO name_entity
        SELECT canonical, entity_id FROM (
            SELECT m.canonical, n.entity_id, count(*) AS n FROM mention_rows m
            JOIN entity_names n ON n.type = m.type AND n.canonical = m.canonical GROUP BY m.canonical, n.entity_id)
        QUALIFY row_number() OVER (PARTITION BY canonical ORDER BY n DESC, entity_id) = 1;

        DELETE FROM claim_about;
        INSERT INTO claim_about
        SELECT u.article_id, u.claim_index, list(ne.entity_id ORDER BY u.i)
        FROM (SELECT article_id, claim_index, unnest(about) AS name, generate_subscripts(about, 1) AS i FROM claim_rows) u
        JOIN name_entity ne ON ne.canonical = u.name
        GROUP BY u.article_id, u.claim_index;

        DELETE FROM timeline_entities;
        INSERT INTO timeline_entities
        SELECT u.article_id, u.date_index, list(ne.entity_id ORDER BY u.i)
        FROM (SELECT article_id, date_index, unnest(entities) AS name, generate_subscripts(entities, 1) AS i FROM timeline_rows) u
        JOIN name_entity ne ON ne.canonical = u.name
        GROUP BY u.article_id, u.date_index;

        DELETE FROM entities;
        INSERT INTO entities
        SELECT n.entity_id, any_value(n.entity_name), any_value(n.entity_type), any_value(n.wikidata_id),
               list_sort(list_distinct(list(m.canonical))), count(*), count(DISTINCT m.article_id),
               min(a.published_on), max(a.published_on), coalesce(strftime(min(a.published_on), '%Y-%m'), 'undated')
        FROM mention_rows m
        JOIN entity_names n ON n.type = m.type AND n.canonical = m.canonical
        JOIN articles a ON a.article_id = m.article_id
        GROUP BY n.entity_id;

        DELETE FROM cooccurrence;
        INSERT INTO cooccurrence
        WITH s AS (
            SELECT DISTINCT m.article_id, m.sentence, m.month, n.entity_id FROM mention_rows m
            JOIN entity_names n ON n.type = m.type AND n.canonical = m.canonical)
        SELECT a.month, a.entity_id, b.entity_id, any_value(ea.name), any_value(eb.name), count(*), count(DISTINCT a.article_id)
        FROM s a
        JOIN s b ON a.article_id = b.article_id AND a.sentence = b.sentence AND a.entity_id < b.entity_id
        JOIN entities ea ON ea.entity_id = a.entity_id
        JOIN entities eb ON eb.entity_id = b.entity_id
        GROUP BY a.month, a.entity_id, b.entity_id;
        """;

    public static void Run(DuckDBConnection connection)
    {
        var names = new List<EntityName>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = ReadNames;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                names.Add(new EntityName(reader.GetString(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)));
            }
        }

        var map = EntityMerger.Merge(names);
        using var transaction = connection.BeginTransaction();
        Execute(connection, "DELETE FROM entity_names");
        using (var appender = connection.CreateAppender("entity_names"))
        {
            foreach (var group in names.GroupBy(n => map[(n.Type, n.Canonical)]).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                var representative = EntityMerger.Representative(group);
                var type = group.GroupBy(m => m.Type).OrderByDescending(g => g.Sum(m => m.Mentions)).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
                var wikidata = group.Select(m => m.WikidataId).FirstOrDefault(w => w is not null);
                foreach (var name in group)
                {
                    appender.CreateRow()
                        .AppendValue(name.Type).AppendValue(name.Canonical).AppendValue(group.Key)
                        .AppendValue(representative.Canonical).AppendValue(type).AppendValue(wikidata)
                        .EndRow();
                }
            }
        }

        Execute(connection, Derive);
        transaction.Commit();
    }

    public static void Execute(DuckDBConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
