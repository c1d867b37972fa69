namespace Geopolitics.Nlp.Corpus;

/// <summary>
/// The corpus tables. Per-article rows are keyed by (article id, index in the article) rather than global sequences,
/// so a build interrupted and resumed stores exactly what an uninterrupted one stores. Every table has a
/// <c>month</c> column (the article's publication month) so Parquet can be partitioned by it.
/// </summary>
internal static class CorpusSchema
{
    /// <summary>Tables written article by article, in one transaction per batch of articles.</summary>
    public static readonly string[] ArticleTables = ["articles", "mentions", "claims", "timeline"];

    /// <summary>Every table, in export order.</summary>
    public static readonly string[] AllTables = ["articles", "mentions", "entities", "claims", "timeline", "cooccurrence", "errors"];

    public const string Create = """
        CREATE TABLE IF NOT EXISTS articles (
            article_id VARCHAR PRIMARY KEY, url VARCHAR, outlet VARCHAR, published_on DATE, date_inferred BOOLEAN,
            month VARCHAR NOT NULL, title VARCHAR, sentences INTEGER, tokens INTEGER, chars INTEGER);
        CREATE TABLE IF NOT EXISTS mentions (
            article_id VARCHAR NOT NULL, mention_index INTEGER NOT NULL, month VARCHAR NOT NULL, sentence INTEGER,
            start_offset INTEGER, end_offset INTEGER, text VARCHAR, type VARCHAR, canonical VARCHAR, wikidata_id VARCHAR,
            entity_id VARCHAR);
        CREATE TABLE IF NOT EXISTS claims (
            article_id VARCHAR NOT NULL, claim_index INTEGER NOT NULL, month VARCHAR NOT NULL, sentence INTEGER,
            kind VARCHAR, cue VARCHAR, speaker_text VARCHAR, speaker VARCHAR, speaker_entity_id VARCHAR,
            content VARCHAR, content_start INTEGER, content_end INTEGER, hedged BOOLEAN,
            claim_date VARCHAR, claim_day DATE, date_source VARCHAR, about VARCHAR[], about_entity_ids VARCHAR[]);
        CREATE TABLE IF NOT EXISTS timeline (
            article_id VARCHAR NOT NULL, date_index INTEGER NOT NULL, month VARCHAR NOT NULL, sentence INTEGER,
            type VARCHAR, text VARCHAR, value VARCHAR, mod VARCHAR, begin_date DATE, end_date DATE,
            weekday_mismatch BOOLEAN, sentence_text VARCHAR, entities VARCHAR[], entity_ids VARCHAR[]);
        CREATE TABLE IF NOT EXISTS errors (
            source VARCHAR NOT NULL, line INTEGER NOT NULL, article_id VARCHAR, reason VARCHAR, month VARCHAR NOT NULL);
        CREATE TABLE IF NOT EXISTS entity_names (
            type VARCHAR NOT NULL, canonical VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
            entity_name VARCHAR, entity_type VARCHAR, wikidata_id VARCHAR);
        CREATE TABLE IF NOT EXISTS entities (
            entity_id VARCHAR PRIMARY KEY, name VARCHAR, type VARCHAR, wikidata_id VARCHAR, variants VARCHAR[],
            mentions BIGINT, articles BIGINT, first_date DATE, last_date DATE, month VARCHAR);
        CREATE TABLE IF NOT EXISTS cooccurrence (
            month VARCHAR NOT NULL, entity_a VARCHAR NOT NULL, entity_b VARCHAR NOT NULL, name_a VARCHAR, name_b VARCHAR,
            sentences BIGINT, articles BIGINT);
        """;
}
