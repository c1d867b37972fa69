namespace Geopolitics.Nlp.Cli.Input;

/// <summary>Counts the non-blank lines of a regular file, for the progress line's total: one vectorized pass over
/// the bytes, run in the background so analysis starts at once.</summary>
internal static class LineCounter
{
    public static Task<long?> CountInBackground(string path, CancellationToken cancellationToken) =>
        Task.Run<long?>(() =>
        {
            try
            {
                using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
                var reader = new JsonlLineReader(stream, maxBytes: 1024);
                long count = 0;
                foreach (var line in reader.ReadLines(cancellationToken))
                {
                    if (!line.IsBlank)
                    {
                        count++;
                    }
                }

                return count;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or OperationCanceledException)
            {
                return null;
            }
        }, cancellationToken);

    /// <summary>Whether <paramref name="path"/> is a regular file whose size is known (not a pipe or a device).</summary>
    public static bool IsRegularFile(string path) =>
        path != "-" && File.Exists(path) && !path.StartsWith("/dev/", StringComparison.Ordinal) && !path.StartsWith("/proc/", StringComparison.Ordinal);
}
