using System.Diagnostics;

namespace Geopolitics.Nlp.Cli.Commands.Corpus;

/// <summary>
/// One line on standard error while a corpus builds: articles done of the total, rate and time left. Silent when
/// standard error is not a terminal, so logs and pipes see only the closing summary.
/// </summary>
internal sealed class BuildProgress(TextWriter error, bool enabled, long? total) : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last = TimeSpan.MinValue;
    private bool _shown;

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Report(int done, int skipped, int failed)
    {
        if (!enabled || _clock.Elapsed - _last < Interval)
        {
            return;
        }

        _last = _clock.Elapsed;
        _shown = true;
        error.Write("\r" + Line(done, skipped, failed, total, _clock.Elapsed) + "   ");
    }

    /// <summary>The progress line: <c>1,200 / 10,000 articles (12 %), 3 skipped, 0 failed, 240/s, ETA 0:37</c>.</summary>
    public static string Line(int done, int skipped, int failed, long? total, TimeSpan elapsed)
    {
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var seen = done + skipped + failed;
        var text = total is { } t and > 0
            ? $"geonlp: {seen:N0} / {t:N0} articles ({100.0 * seen / t:0} %), {skipped:N0} skipped, {failed:N0} failed, {rate:0}/s"
            : $"geonlp: {seen:N0} articles, {skipped:N0} skipped, {failed:N0} failed, {rate:0}/s";
        if (total is { } all && rate > 0 && all > seen)
        {
            var left = TimeSpan.FromSeconds((all - seen) / rate);
            text += $", ETA {(int)left.TotalMinutes}:{left.Seconds:00}";
        }

        return text;
    }

    public void Dispose()
    {
        if (_shown)
        {
            error.WriteLine();
            _shown = false;
        }
    }
}
