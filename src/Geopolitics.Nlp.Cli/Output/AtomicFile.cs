namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// A file written under a temporary name in its target folder and renamed into place only when complete
/// (<see cref="Commit"/>): an interrupted or failed run leaves the previous file, or nothing, never a truncated one.
/// The temporary file is created exclusively (never through an existing link) and deleted on <see cref="Dispose"/>
/// unless committed.
/// </summary>
internal sealed class AtomicFile : IDisposable
{
    private readonly string _temporary;
    private readonly string _target;
    private bool _done;

    private AtomicFile(string target, string temporary, FileStream stream)
    {
        _target = target;
        _temporary = temporary;
        Stream = stream;
    }

    /// <summary>The stream to write the content to.</summary>
    public FileStream Stream { get; }

    /// <summary>Starts writing <paramref name="target"/>.</summary>
    public static AtomicFile Create(string target)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(target)) ?? ".";
        var temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.geonlp-tmp");
        var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
        return new AtomicFile(target, temporary, stream);
    }

    /// <summary>Flushes the content to disk and renames it over the target.</summary>
    /// <param name="overwrite">Replace an existing target; otherwise fail with <see cref="IOException"/> if one appeared.</param>
    public void Commit(bool overwrite = true)
    {
        Stream.Flush(flushToDisk: true);
        Stream.Dispose();
        if (!OperatingSystem.IsWindows() && File.Exists(_target))
        {
            try
            {
                File.SetUnixFileMode(_temporary, File.GetUnixFileMode(_target));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The previous file's permissions are a courtesy; the content is what must not be lost.
            }
        }

        File.Move(_temporary, _target, overwrite);
        _done = true;
    }

    /// <summary>Discards the temporary file unless committed.</summary>
    public void Dispose()
    {
        if (_done)
        {
            return;
        }

        _done = true;
        try
        {
            Stream.Dispose();
        }
        catch (IOException)
        {
            // Disk full while flushing the rest: the file is deleted below anyway.
        }

        try
        {
            File.Delete(_temporary);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
