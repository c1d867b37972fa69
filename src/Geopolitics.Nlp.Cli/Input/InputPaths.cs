namespace Geopolitics.Nlp.Cli.Input;

/// <summary>
/// Expands the file arguments a shell left unexpanded (a quoted <c>"seeds/*.txt"</c>, or any shell on Windows):
/// <c>*</c>, <c>?</c> and <c>[abc]</c> in any path segment, <c>**</c> for any depth of folders. An argument that names
/// an existing file is taken literally; a pattern that matches nothing stays as it is, to be reported as a missing
/// file. Matches come in ordinal order, as a shell sorts them.
/// </summary>
internal static class InputPaths
{
    public static List<string> Expand(IEnumerable<string> arguments)
    {
        var result = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument == "-" || !IsPattern(argument) || File.Exists(argument) || Directory.Exists(argument))
            {
                result.Add(argument);
                continue;
            }

            var matches = Glob(argument).ToList();
            matches.Sort(StringComparer.Ordinal);
            if (matches.Count == 0)
            {
                result.Add(argument);
            }
            else
            {
                result.AddRange(matches);
            }
        }

        return result;
    }

    public static bool IsPattern(string path) => path.AsSpan().IndexOfAny("*?[") >= 0;

    private static IEnumerable<string> Glob(string pattern)
    {
        var separators = new[] { '/', Path.DirectorySeparatorChar };
        var rooted = Path.IsPathRooted(pattern);
        var root = rooted ? Path.GetPathRoot(pattern)! : string.Empty;
        var segments = pattern[root.Length..].Split(separators, StringSplitOptions.RemoveEmptyEntries);
        return Walk(rooted ? root : ".", rooted ? root : string.Empty, segments, 0);
    }

    private static IEnumerable<string> Walk(string folder, string prefix, string[] segments, int index)
    {
        if (index == segments.Length)
        {
            yield break;
        }

        var segment = segments[index];
        var last = index == segments.Length - 1;
        if (segment == "**")
        {
            foreach (var match in Walk(folder, prefix, segments, index + 1))
            {
                yield return match;
            }

            foreach (var sub in SafeEntries(folder, directories: true))
            {
                var name = Path.GetFileName(sub);
                foreach (var match in Walk(sub, prefix + name + "/", segments, index))
                {
                    yield return match;
                }
            }

            yield break;
        }

        if (!IsPattern(segment))
        {
            var next = Path.Combine(folder, segment);
            if (last ? File.Exists(next) : Directory.Exists(next))
            {
                if (last)
                {
                    yield return prefix + segment;
                }
                else
                {
                    foreach (var match in Walk(next, prefix + segment + "/", segments, index + 1))
                    {
                        yield return match;
                    }
                }
            }

            yield break;
        }

        foreach (var entry in SafeEntries(folder, directories: !last))
        {
            var name = Path.GetFileName(entry);
            if (name.StartsWith('.') && !segment.StartsWith('.'))
            {
                continue; // like a shell: * does not match hidden files
            }

            if (!Wildcard.Matches(segment, name))
            {
                continue;
            }

            if (last)
            {
                yield return prefix + name;
            }
            else
            {
                foreach (var match in Walk(entry, prefix + name + "/", segments, index + 1))
                {
                    yield return match;
                }
            }
        }
    }

    private static IEnumerable<string> SafeEntries(string folder, bool directories)
    {
        try
        {
            return directories ? Directory.GetDirectories(folder) : Directory.GetFiles(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
