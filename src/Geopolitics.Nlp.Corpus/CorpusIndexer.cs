using DuckDB.NET.Data;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// Recomputes the corpus-level tables from the per-article ones at the end of a build: entity ids on mentions,
/// claim speakers, claim and timeline entities, the <c>entities</c> table and sentence co-occurrence. Everything here
/// is derived, so a resumed build ends in the same state as an uninterrupted one.
/// </summary>
internal static class CorpusIndexer
{
    private const string ReadNames = """
        SELECT type, canonical, mode(wikidata_id) FILTER (WHERE wikidata_id IS NOT NULL), count(*)
        FROM mentions GROUP BY type, canonical
        """;

    private const string Derive = """
        UPDATE mentions SET entity_id = n.entity_id FROM entity_names n
        WHERE mentions.type = n.type AND mentions.canonical = n.canonical;

        CREATE OR REPLACE TEMP TABLE name_entity AS
        SELECT canonical, entity_id FROM (
            SELECT canonical, entity_id, count(*) AS n FROM mentions GROUP BY canonical, entity_id)
        QUALIFY row_number() OVER (PARTITION BY canonical ORDER BY n DESC, entity_id) = 1;

        UPDATE claims SET speaker_entity_id = NULL, about_entity_ids = [];
        UPDATE claims SET speaker_entity_id = ne.entity_id FROM name_entity ne WHERE claims.speaker = ne.canonical;
        UPDATE claims SET about_entity_ids = x.ids FROM (
            SELECT u.article_id, u.claim_index, list(ne.entity_id ORDER BY u.i) AS ids
            FROM (SELECT article_id, claim_index, unnest(about) AS name, generate_subscripts(about, 1) AS i FROM claims) u
            JOIN name_entity ne ON ne.canonical = u.name
            GROUP BY u.article_id, u.claim_index) x
        WHERE claims.article_id = x.article_id AND claims.claim_index = x.claim_index;

        UPDATE timeline SET entity_ids = [];
        UPDATE timeline SET entity_ids = x.ids FROM (
            SELECT u.article_id, u.date_index, list(ne.entity_id ORDER BY u.i) AS ids
            FROM (SELECT article_id, date_index, unnest(entities) AS name, generate_subscripts(entities, 1) AS i FROM timeline) u
            JOIN name_entity ne ON ne.canonical = u.name
            GROUP BY u.article_id, u.date_index) x
        WHERE timeline.article_id = x.article_id AND timeline.date_index = x.date_index;

        DELETE FROM entities;
        INSERT INTO entities
        SELECT m.entity_id, any_value(n.entity_name), any_value(n.entity_type), any_value(n.wikidata_id),
               list_sort(list_distinct(list(m.canonical))), count(*), count(DISTINCT m.article_id),
               min(a.published_on), max(a.published_on), coalesce(strftime(min(a.published_on), '%Y-%m'), 'undated')
        FROM mentions m
        JOIN entity_names n ON n.type = m.type AND n.canonical = m.canonical
        JOIN articles a ON a.article_id = m.article_id
        GROUP BY m.entity_id;

        DELETE FROM cooccurrence;
        INSERT INTO cooccurrence
        WITH s AS (SELECT DISTINCT article_id, sentence, month, entity_id FROM mentions)
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
