using System.Data.Common;

namespace Geopolitics.Nlp.Corpus.Reporting;

/// <summary>An entity listed on the dashboard.</summary>
internal sealed record DashboardEntity(string Id, string Name, string Type, long Articles, long Mentions);

/// <summary>A point on the timeline: a claim on its date, or a dated expression on its begin date.</summary>
internal sealed record TimelinePoint(DateOnly Day, string Kind, string Label, string ArticleId, IReadOnlyList<string> Entities);

/// <summary>A claim listed under its speaker.</summary>
internal sealed record DashboardClaim(string ArticleId, string? Date, string Kind, string Cue, string Content, bool Hedged, IReadOnlyList<string> Entities);

/// <summary>A speaker with their claims.</summary>
internal sealed record SpeakerClaims(string EntityId, string Name, long Total, IReadOnlyList<DashboardClaim> Claims);

/// <summary>A speaker → about edge, weighted by claims.</summary>
internal sealed record AboutEdge(string Speaker, string About, long Claims);

/// <summary>Everything the dashboard draws, read from the corpus with bounded queries.</summary>
internal sealed record DashboardData(
    IReadOnlyDictionary<string, long> Counts,
    IReadOnlyList<DashboardEntity> Entities,
    IReadOnlyList<TimelinePoint> Timeline,
    long TimelineTotal,
    IReadOnlyList<SpeakerClaims> Speakers,
    IReadOnlyList<AboutEdge> Edges,
    IReadOnlyDictionary<string, string> Names)
{
    public static DashboardData Read(CorpusDatabase corpus, DashboardOptions options)
    {
        var entities = Rows(corpus, $"""
            SELECT entity_id, name, type, articles, mentions FROM (
                SELECT *, row_number() OVER (PARTITION BY type ORDER BY articles DESC, mentions DESC, name) AS rank FROM entities)
            WHERE rank <= {options.MaxEntitiesPerType} ORDER BY type, articles DESC, mentions DESC, name
            """, r => new DashboardEntity(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.GetInt64(4)));

        const string Points = """
            SELECT claim_day AS day, 'claim' AS kind, coalesce(speaker, speaker_text) || ': ' || content AS label, article_id,
                   list_filter(list_prepend(speaker_entity_id, about_entity_ids), x -> x IS NOT NULL) AS ids
            FROM claims WHERE claim_day IS NOT NULL
            UNION ALL
            SELECT first_day, 'event', value || ' — ' || sentence_text, article_id, entity_ids
            FROM timeline WHERE type = 'DATE' AND first_day IS NOT NULL
            """;
        var total = Scalar(corpus, $"SELECT count(*) FROM ({Points})");
        var timeline = Rows(corpus, $"SELECT * FROM ({Points}) ORDER BY day DESC, kind, article_id, label LIMIT {options.MaxTimelinePoints}",
            r => new TimelinePoint(DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.IsDBNull(2) ? "" : r.GetString(2), r.GetString(3), Strings(r.GetValue(4))));

        var speakers = Rows(corpus, $"""
            SELECT c.speaker_entity_id, any_value(e.name), count(*) AS n FROM claims c JOIN entities e ON e.entity_id = c.speaker_entity_id
            GROUP BY c.speaker_entity_id ORDER BY n DESC, any_value(e.name) LIMIT {options.MaxSpeakers}
            """, r => (Id: r.GetString(0), Name: r.GetString(1), Total: r.GetInt64(2)));
        var claims = Rows(corpus, $"""
            SELECT speaker_entity_id, article_id, claim_date, kind, cue, content, hedged, about_entity_ids FROM (
                SELECT *, row_number() OVER (PARTITION BY speaker_entity_id ORDER BY claim_day DESC NULLS LAST, article_id, claim_index) AS rank
                FROM claims WHERE speaker_entity_id IS NOT NULL)
            WHERE rank <= {options.MaxClaimsPerSpeaker}
            """, r => (Speaker: r.GetString(0), Claim: new DashboardClaim(r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3),
                r.GetString(4), r.GetString(5), r.GetBoolean(6), Strings(r.GetValue(7)))));
        var bySpeaker = claims.ToLookup(c => c.Speaker, c => c.Claim);

        var edges = Rows(corpus, """
            SELECT speaker_entity_id, about, count(*) AS n FROM (
                SELECT speaker_entity_id, unnest(about_entity_ids) AS about FROM claims WHERE speaker_entity_id IS NOT NULL)
            WHERE about <> speaker_entity_id GROUP BY ALL ORDER BY n DESC, speaker_entity_id, about LIMIT 400
            """, r => new AboutEdge(r.GetString(0), r.GetString(1), r.GetInt64(2)));

        var names = Rows(corpus, "SELECT entity_id, name FROM entities", r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        return new DashboardData(corpus.Counts(), entities, timeline, total,
            speakers.Select(s => new SpeakerClaims(s.Id, s.Name, s.Total, bySpeaker[s.Id].ToList())).ToList(), edges, names);
    }

    private static List<T> Rows<T>(CorpusDatabase corpus, string sql, Func<DbDataReader, T> read)
    {
        using var reader = corpus.Query(sql);
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private static long Scalar(CorpusDatabase corpus, string sql)
    {
        using var reader = corpus.Query(sql);
        reader.Read();
        return Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static List<string> Strings(object value) =>
        value is System.Collections.IEnumerable list and not string ? list.Cast<object?>().OfType<string>().ToList() : [];
}
