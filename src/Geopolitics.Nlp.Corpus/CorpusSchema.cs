using System.Collections.Immutable;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// The corpus tables. Per-article rows are keyed by (article, index in the article) rather than global sequences,
/// so a build interrupted and resumed stores exactly what an uninterrupted one stores (the article is a number in the
/// stored rows, the id in every view). Every exported table has a
/// <c>month</c> column (the article's publication month) so Parquet can be partitioned by it. The stored rows are
/// lean — a mention holds a name number, not its type and canonical name, and no row repeats its article's month —
/// and corpus-level entity ids are never written into them: small derived tables map names to entities, and the
/// views <c>mentions</c>, <c>claims</c> and <c>timeline</c> join both in when they are read (a claim's "about" and
/// a dated sentence's names become entity ids then), so finishing a build writes nothing that grows with the corpus
/// but the co-occurrence counts.
/// </summary>
internal static class CorpusSchema
{
    /// <summary>Every table (<c>articles</c>, <c>mentions</c>, <c>claims</c> and <c>timeline</c> are views over the stored rows), in export order.</summary>
    public static readonly ImmutableArray<string> AllTables = ["articles", "mentions", "entities", "claims", "timeline", "cooccurrence", "errors"];

    /// <summary>The table holding one row per row of <paramref name="table"/>: a view's stored rows count without its joins.</summary>
    public static string RowSource(string table) => table switch
    {
        "articles" => "article_rows",
        "mentions" => "mention_rows",
        "claims" => "claim_rows",
        "timeline" => "timeline_rows",
        _ => table,
    };

    /// <summary>
    /// Whether a corpus file has the stored rows in an earlier layout (mention rows without name numbers), which
    /// this version cannot add to: <c>true</c> only when <c>mention_rows</c> exists without <c>name_no</c>.
    /// </summary>
    public const string EarlierLayout = """
        SELECT count(*) > 0 AND count(*) FILTER (WHERE column_name = 'name_no') = 0
        FROM information_schema.columns WHERE table_name = 'mention_rows'
        """;

    /// <summary>The next free article number: article rows carry a number, not their id, and the views join the id in.</summary>
    public const string NextArticleNumber = "SELECT coalesce(max(article_no) + 1, 0) FROM article_rows";

    public const string Create = """
        CREATE TABLE IF NOT EXISTS article_rows (
            article_no INTEGER NOT NULL, article_id VARCHAR NOT NULL, url VARCHAR, outlet VARCHAR, published_on DATE, date_inferred BOOLEAN,
            month VARCHAR NOT NULL, title VARCHAR, sentences INTEGER, tokens INTEGER, chars INTEGER);
        CREATE TABLE IF NOT EXISTS names (
            name_no INTEGER NOT NULL, type VARCHAR NOT NULL, canonical VARCHAR NOT NULL, wikidata_id VARCHAR);
        CREATE TABLE IF NOT EXISTS mention_rows (
            article_no INTEGER NOT NULL, mention_index INTEGER NOT NULL, sentence INTEGER,
            start_offset INTEGER, end_offset INTEGER, text VARCHAR, name_no INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS claim_rows (
            article_no INTEGER NOT NULL, claim_index INTEGER NOT NULL, sentence INTEGER,
            kind VARCHAR, cue VARCHAR, speaker_text VARCHAR, speaker VARCHAR,
            content VARCHAR, content_start INTEGER, content_end INTEGER, hedged BOOLEAN,
            claim_date VARCHAR, claim_day DATE, date_source VARCHAR, about VARCHAR[]);
        CREATE TABLE IF NOT EXISTS timeline_rows (
            article_no INTEGER NOT NULL, date_index INTEGER NOT NULL, sentence INTEGER,
            type VARCHAR, text VARCHAR, value VARCHAR, mod VARCHAR, first_day DATE, last_day DATE,
            weekday_mismatch BOOLEAN, sentence_text VARCHAR, entities VARCHAR[]);
        CREATE TABLE IF NOT EXISTS errors (
            source VARCHAR NOT NULL, line INTEGER NOT NULL, article_id VARCHAR, reason VARCHAR, month VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS entity_names (name_no INTEGER NOT NULL, entity_no INTEGER NOT NULL, entity_id VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS entity_list (
            entity_no INTEGER NOT NULL, entity_id VARCHAR NOT NULL, name VARCHAR, type VARCHAR, wikidata_id VARCHAR,
            variants VARCHAR[], mentions BIGINT);
        CREATE TABLE IF NOT EXISTS name_entity (canonical VARCHAR NOT NULL, entity_id VARCHAR NOT NULL);
        DROP TABLE IF EXISTS claim_about;
        DROP TABLE IF EXISTS timeline_entities;
        CREATE TABLE IF NOT EXISTS entities (
            entity_id VARCHAR NOT NULL, name VARCHAR, type VARCHAR, wikidata_id VARCHAR, variants VARCHAR[],
            mentions BIGINT, articles BIGINT, first_date DATE, last_date DATE, month VARCHAR);
        CREATE TABLE IF NOT EXISTS cooccurrence (
            month VARCHAR NOT NULL, entity_a VARCHAR NOT NULL, entity_b VARCHAR NOT NULL, name_a VARCHAR, name_b VARCHAR,
            sentences BIGINT, articles BIGINT);

        CREATE OR REPLACE VIEW articles AS SELECT * EXCLUDE (article_no) FROM article_rows;
        CREATE OR REPLACE VIEW mentions AS
        SELECT a.article_id, m.mention_index, a.month, m.sentence, m.start_offset, m.end_offset,
               coalesce(m.text, n.canonical) AS text, n.type, n.canonical, n.wikidata_id, en.entity_id
        FROM mention_rows m JOIN article_rows a ON a.article_no = m.article_no JOIN names n ON n.name_no = m.name_no
        LEFT JOIN entity_names en ON en.name_no = m.name_no;
        CREATE OR REPLACE VIEW claims AS
        SELECT a.article_id, c.claim_index, a.month, c.* EXCLUDE (article_no, claim_index),
               ne.entity_id AS speaker_entity_id, coalesce(ca.ids, []) AS about_entity_ids
        FROM claim_rows c JOIN article_rows a ON a.article_no = c.article_no LEFT JOIN name_entity ne ON ne.canonical = c.speaker
        LEFT JOIN (
            SELECT u.article_no, u.claim_index, list(ne.entity_id ORDER BY u.i) AS ids
            FROM (SELECT article_no, claim_index, unnest(about) AS name, generate_subscripts(about, 1) AS i FROM claim_rows) u
            JOIN name_entity ne ON ne.canonical = u.name
            GROUP BY u.article_no, u.claim_index) ca ON ca.article_no = c.article_no AND ca.claim_index = c.claim_index;
        CREATE OR REPLACE VIEW timeline AS
        SELECT a.article_id, t.date_index, a.month, t.* EXCLUDE (article_no, date_index), coalesce(e.ids, []) AS entity_ids
        FROM timeline_rows t JOIN article_rows a ON a.article_no = t.article_no
        LEFT JOIN (
            SELECT u.article_no, u.date_index, list(ne.entity_id ORDER BY u.i) AS ids
            FROM (SELECT article_no, date_index, unnest(entities) AS name, generate_subscripts(entities, 1) AS i FROM timeline_rows) u
            JOIN name_entity ne ON ne.canonical = u.name
            GROUP BY u.article_no, u.date_index) e ON e.article_no = t.article_no AND e.date_index = t.date_index;
        """;
}
