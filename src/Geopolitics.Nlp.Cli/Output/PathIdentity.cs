namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// The real path of a file, every symbolic link resolved (in the file name and in every folder above it), so that
/// <c>out.jsonl</c>, <c>./link-to-out.jsonl</c> and <c>linked-folder/out.jsonl</c> compare equal when they are
/// the same file. A path that does not exist yet resolves through its existing folders.
/// </summary>
internal static class PathIdentity
{
    private const int MaxLinks = 40;

    public static string Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        for (var hops = 0; hops < MaxLinks; hops++)
        {
            var root = Path.GetPathRoot(full) ?? string.Empty;
            var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
            var current = root;
            var resolvedLink = false;
            for (var i = 0; i < parts.Length; i++)
            {
                var next = Path.Combine(current, parts[i]);
                string? target;
                try
                {
                    target = new FileInfo(next).LinkTarget;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    target = null;
                }

                if (target is not null)
                {
                    var resolved = Path.GetFullPath(Path.Combine(current, target));
                    full = i + 1 < parts.Length ? Path.Combine(resolved, Path.Combine(parts[(i + 1)..])) : resolved;
                    resolvedLink = true;
                    break;
                }

                current = next;
            }

            if (!resolvedLink)
            {
                return current;
            }
        }

        return full;
    }

    public static bool Same(string a, string b) => string.Equals(a, b,
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

    /// <summary>Device files and <c>/proc</c> entries are written in place: renaming over them would replace them.</summary>
    public static bool IsSpecial(string resolved) =>
        resolved.StartsWith("/dev/", StringComparison.Ordinal) || resolved.StartsWith("/proc/", StringComparison.Ordinal);
}
