using System.Diagnostics;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// A one-line count of analyzed articles on standard error, for batches that run longer than a few seconds. Silent
/// when standard error is not a terminal, so logs and pipes never see it; never touches standard output.
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);
    private readonly bool _enabled = !Console.IsErrorRedirected;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastReport;
    private bool _shown;

    public void Report(int done, int failed)
    {
        if (!_enabled || _clock.Elapsed < Delay || _clock.Elapsed - _lastReport < Interval)
        {
            return;
        }

        _lastReport = _clock.Elapsed;
        _shown = true;
        var rate = done / Math.Max(_clock.Elapsed.TotalSeconds, 0.001);
        Console.Error.Write($"\rgeonlp: {done} articles ({failed} failed), {rate:0} per second   ");
    }

    public void Dispose()
    {
        if (_shown)
        {
            Console.Error.WriteLine();
        }
    }
}
