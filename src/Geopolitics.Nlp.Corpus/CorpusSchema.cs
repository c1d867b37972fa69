using System.Collections.Immutable;

namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// The corpus tables. Per-article rows are keyed by (article id, index in the article) rather than global sequences,
/// so a build interrupted and resumed stores exactly what an uninterrupted one stores. Every table has a
/// <c>month</c> column (the article's publication month) so Parquet can be partitioned by it. Corpus-level entity ids
/// are never written into the per-article rows: small derived tables map names to entities, and the views
/// <c>mentions</c>, <c>claims</c> and <c>timeline</c> join them in, so finishing a build rewrites no article data.
/// </summary>
internal static class CorpusSchema
{
    /// <summary>Every table (<c>mentions</c>, <c>claims</c> and <c>timeline</c> are views adding corpus-level entity ids to the stored rows), in export order.</summary>
    public static readonly ImmutableArray<string> AllTables = ["articles", "mentions", "entities", "claims", "timeline", "cooccurrence", "errors"];

    public const string Create = """
        CREATE TABLE IF NOT EXISTS articles (
            article_id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, published_on DATE, date_inferred BOOLEAN,
            month VARCHAR NOT NULL, title VARCHAR, sentences INTEGER, tokens INTEGER, chars INTEGER);
        CREATE TABLE IF NOT EXISTS mention_rows (
            article_id VARCHAR NOT NULL, mention_index INTEGER NOT NULL, month VARCHAR NOT NULL, sentence INTEGER,
            start_offset INTEGER, end_offset INTEGER, text VARCHAR, type VARCHAR, canonical VARCHAR, wikidata_id VARCHAR);
        CREATE TABLE IF NOT EXISTS claim_rows (
            article_id VARCHAR NOT NULL, claim_index INTEGER NOT NULL, month VARCHAR NOT NULL, sentence INTEGER,
            kind VARCHAR, cue VARCHAR, speaker_text VARCHAR, speaker VARCHAR,
            content VARCHAR, content_start INTEGER, content_end INTEGER, hedged BOOLEAN,
            claim_date VARCHAR, claim_day DATE, date_source VARCHAR, about VARCHAR[]);
        CREATE TABLE IF NOT EXISTS timeline_rows (
            article_id VARCHAR NOT NULL, date_index INTEGER NOT NULL, month VARCHAR NOT NULL, sentence INTEGER,
            type VARCHAR, text VARCHAR, value VARCHAR, mod VARCHAR, first_day DATE, last_day DATE,
            weekday_mismatch BOOLEAN, sentence_text VARCHAR, entities VARCHAR[]);
        CREATE TABLE IF NOT EXISTS errors (
            source VARCHAR NOT NULL, line INTEGER NOT NULL, article_id VARCHAR, reason VARCHAR, month VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS entity_names (
            type VARCHAR NOT NULL, canonical VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
            entity_name VARCHAR, entity_type VARCHAR, wikidata_id VARCHAR);
        CREATE TABLE IF NOT EXISTS name_entity (canonical VARCHAR NOT NULL, entity_id VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS claim_about (article_id VARCHAR NOT NULL, claim_index INTEGER NOT NULL, ids VARCHAR[]);
        CREATE TABLE IF NOT EXISTS timeline_entities (article_id VARCHAR NOT NULL, date_index INTEGER NOT NULL, ids VARCHAR[]);
        CREATE TABLE IF NOT EXISTS entities (
            entity_id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, wikidata_id VARCHAR, variants VARCHAR[],
            mentions BIGINT, articles BIGINT, first_date DATE, last_date DATE, month VARCHAR);
        CREATE TABLE IF NOT EXISTS cooccurrence (
            month VARCHAR NOT NULL, entity_a VARCHAR NOT NULL, entity_b VARCHAR NOT NULL, name_a VARCHAR, name_b VARCHAR,
            sentences BIGINT, articles BIGINT);

        CREATE OR REPLACE VIEW mentions AS
        SELECT m.*, n.entity_id FROM mention_rows m LEFT JOIN entity_names n ON n.type = m.type AND n.canonical = m.canonical;
        CREATE OR REPLACE VIEW claims AS
        SELECT c.*, ne.entity_id AS speaker_entity_id, coalesce(a.ids, []) AS about_entity_ids
        FROM claim_rows c LEFT JOIN name_entity ne ON ne.canonical = c.speaker
        LEFT JOIN claim_about a ON a.article_id = c.article_id AND a.claim_index = c.claim_index;
        CREATE OR REPLACE VIEW timeline AS
        SELECT t.*, coalesce(e.ids, []) AS entity_ids
        FROM timeline_rows t LEFT JOIN timeline_entities e ON e.article_id = t.article_id AND e.date_index = t.date_index;
        """;
}
