using System.Runtime.ExceptionServices;

namespace Geopolitics.Nlp.Resources;

/// <summary>
/// Loads one embedded resource on a thread of its own while the caller loads others, so that a process's first result
/// waits for the longest load instead of their sum. A dedicated thread, not the thread pool: the first analysis may
/// itself run on a pool thread, and a pool short of threads would leave the work queued while the caller waits for it.
/// Where threads cannot be started (single-threaded WebAssembly), the load runs on the caller's thread.
/// </summary>
/// <typeparam name="T">What the load produces.</typeparam>
internal sealed class BackgroundLoad<T>
{
    private readonly Thread? _thread;
    private T? _value;
    private ExceptionDispatchInfo? _error;

    /// <summary>Starts <paramref name="load"/>.</summary>
    public BackgroundLoad(Func<T> load)
    {
        _thread = new Thread(() => Run(load)) { IsBackground = true, Name = "Geopolitics.Nlp resource load" };
        try
        {
            _thread.Start();
        }
        catch (PlatformNotSupportedException)
        {
            _thread = null;
            Run(load);
        }
    }

    /// <summary>What the load produced, once it is done; its exception, if it threw, with the original stack trace.</summary>
    public T Result
    {
        get
        {
            _thread?.Join();
            _error?.Throw();
            return _value!;
        }
    }

    private void Run(Func<T> load)
    {
        try
        {
            _value = load();
        }
        catch (Exception e)
        {
            _error = ExceptionDispatchInfo.Capture(e);
        }
    }
}
