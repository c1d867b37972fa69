using Geopolitics.Nlp.Cli.Hosting;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// Where <c>analyze</c> writes its results: standard output (streamed, each result flushed as it is done), or the
/// <c>--output</c> file, written atomically and never one of the inputs.
/// </summary>
internal sealed class OutputTarget : IDisposable
{
    private readonly AtomicFile? _file;

    private OutputTarget(Stream stream, AtomicFile? file, string? path)
    {
        Stream = stream;
        _file = file;
        Path = path;
    }

    /// <summary>The stream to write results to.</summary>
    public Stream Stream { get; }

    /// <summary>The output file, or null for standard output.</summary>
    public string? Path { get; }

    /// <summary>Opens standard output (<paramref name="path"/> null or <c>-</c>) or an atomic file; refuses an output
    /// that resolves to one of <paramref name="inputs"/>.</summary>
    public static OutputTarget Open(CliContext context, string? path, IEnumerable<string> inputs)
    {
        if (path is null or "-")
        {
            return new OutputTarget(context.OpenStandardOutput(), null, null);
        }

        var resolved = PathIdentity.Resolve(path);
        EnsureNotAnInput(path, resolved, inputs);
        if (Directory.Exists(resolved))
        {
            throw new CliIoException($"--output {path}: is a folder (a file is needed except with --format html)");
        }

        try
        {
            if (PathIdentity.IsSpecial(resolved))
            {
                return new OutputTarget(new FileStream(resolved, FileMode.Open, FileAccess.Write), null, path);
            }

            var file = AtomicFile.Create(resolved);
            return new OutputTarget(file.Stream, file, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliIoException($"--output {path}: cannot write ({e.Message})");
        }
    }

    /// <summary>Refuses to write <paramref name="path"/> when it is the same file as one of the inputs.</summary>
    public static void EnsureNotAnInput(string path, string resolved, IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (input != "-" && PathIdentity.Same(resolved, PathIdentity.Resolve(input)))
            {
                throw new RefusedException($"refusing to write {path}: it is also the input {input} (nothing was written)");
            }
        }
    }

    /// <summary>Makes the output final: renames the file into place, or flushes standard output.</summary>
    public void Commit()
    {
        try
        {
            if (_file is null)
            {
                Stream.Flush();
            }
            else
            {
                _file.Commit();
            }
        }
        catch (IOException e) when (!NonClosingStream.IsBrokenPipe(e))
        {
            throw new CliIoException($"{Path ?? "standard output"}: cannot write ({e.Message})");
        }
    }

    /// <summary>Discards an uncommitted file (the previous one stays as it was).</summary>
    public void Dispose()
    {
        if (_file is not null)
        {
            _file.Dispose();
        }
        else
        {
            try
            {
                Stream.Dispose();
            }
            catch (CliException)
            {
                // A broken pipe at the final flush was already reported, or will be by the caller.
            }
        }
    }
}
