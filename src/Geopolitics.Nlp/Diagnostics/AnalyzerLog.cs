using Microsoft.Extensions.Logging;

namespace Geopolitics.Nlp.Diagnostics;

/// <summary>The analyzer's log messages, source-generated: no formatting or boxing unless the level is enabled.</summary>
internal static partial class AnalyzerLog
{
    [LoggerMessage(EventId = 1, EventName = "ModelsLoaded", Level = LogLevel.Information,
        Message = "Analyzer ready: tagger model, gazetteer and word lists loaded in {ElapsedMilliseconds} ms (near 0 when another analyzer in the process loaded them first)")]
    public static partial void ModelsLoaded(ILogger logger, long elapsedMilliseconds);

    [LoggerMessage(EventId = 2, EventName = "WarmedUp", Level = LogLevel.Information,
        Message = "Warmed up the analyzer in {ElapsedMilliseconds} ms")]
    public static partial void WarmedUp(ILogger logger, long elapsedMilliseconds);

    [LoggerMessage(EventId = 3, EventName = "BatchArticleFailed", Level = LogLevel.Error,
        Message = "Analysis of article {ArticleId} failed in a batch")]
    public static partial void BatchArticleFailed(ILogger logger, string? articleId, Exception exception);

    [LoggerMessage(EventId = 4, EventName = "NotIndonesian", Level = LogLevel.Warning,
        Message = "Article {ArticleId} does not look Indonesian (language {Language}, confidence {Confidence}); its entities, dates and claims are unreliable")]
    public static partial void NotIndonesian(ILogger logger, string? articleId, string language, double confidence);
}
