using System.Diagnostics;
using System.Globalization;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// Progress of a batch on standard error when it is a terminal: done/total, rate and time left, redrawn in place at
/// most four times a second, and replaced at the end by a summary line, so the last thing shown is never a stale
/// count. Silent when standard error is redirected, so logs and pipes never see it; never touches standard output.
/// </summary>
internal sealed class ProgressReporter(TextWriter error, bool enabled, string unit, Task<long?>? total)
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDraw;
    private bool _drawn;

    public void Report(long done, long failed)
    {
        var elapsed = _clock.Elapsed;
        if (!enabled || elapsed < Delay || elapsed - _lastDraw < Interval)
        {
            return;
        }

        _lastDraw = elapsed;
        _drawn = true;
        var rate = done / Math.Max(elapsed.TotalSeconds, 0.001);
        var known = Total();
        var line = known is { } t && t > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{done:N0}/{t:N0} {unit} ({100.0 * done / t:0}%), {rate:0.0}/s, {Eta(t - done, rate)} left")
            : string.Create(CultureInfo.InvariantCulture, $"{done:N0} {unit}, {rate:0.0}/s");
        if (failed > 0)
        {
            line += string.Create(CultureInfo.InvariantCulture, $", {failed:N0} failed");
        }

        error.Write("\rgeonlp: " + line + "\x1b[K");
        error.Flush();
    }

    /// <summary>Ends the progress line with a summary (on a terminal only).</summary>
    public void Finish(long done, long failed)
    {
        if (!enabled)
        {
            return;
        }

        var elapsed = _clock.Elapsed.TotalSeconds;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"geonlp: {done - failed:N0} of {done:N0} {unit} analyzed in {elapsed:0.0} s ({done / Math.Max(elapsed, 0.001):0.0}/s)");
        if (failed > 0)
        {
            summary += string.Create(CultureInfo.InvariantCulture, $", {failed:N0} failed");
        }

        error.WriteLine((_drawn ? "\r" : string.Empty) + summary + (_drawn ? "\x1b[K" : string.Empty));
        error.Flush();
    }

    private long? Total() => total is { IsCompletedSuccessfully: true } t ? t.Result : null;

    private static string Eta(long left, double rate)
    {
        if (rate <= 0)
        {
            return "?";
        }

        var seconds = TimeSpan.FromSeconds(Math.Max(0, left) / rate);
        return seconds.TotalHours >= 1 ? seconds.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture) : seconds.ToString(@"m\:ss", CultureInfo.InvariantCulture);
    }
}
