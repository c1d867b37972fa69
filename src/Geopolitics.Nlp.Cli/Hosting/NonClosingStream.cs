namespace Geopolitics.Nlp.Cli.Hosting;

/// <summary>
/// A write-only view of a stream that flushes but never closes it (standard output outlives each command), and that
/// turns a broken pipe into <see cref="BrokenPipeException"/> so the run stops as soon as its reader is gone.
/// </summary>
internal sealed class NonClosingStream(Stream inner) : Stream
{
    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Flush() => Guard(inner.Flush);

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            throw new BrokenPipeException();
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Guard(inner.Flush);
        }

        base.Dispose(disposing);
    }

    /// <summary>EPIPE (32 on Linux and macOS) or ERROR_BROKEN_PIPE / ERROR_NO_DATA (109, 232) on Windows.</summary>
    internal static bool IsBrokenPipe(IOException e) =>
        (e.HResult & 0xFFFF) is 32 or 109 or 232 || e.Message.Contains("Broken pipe", StringComparison.OrdinalIgnoreCase);

    private static void Guard(Action flush)
    {
        try
        {
            flush();
        }
        catch (IOException e) when (IsBrokenPipe(e))
        {
            throw new BrokenPipeException();
        }
    }
}
