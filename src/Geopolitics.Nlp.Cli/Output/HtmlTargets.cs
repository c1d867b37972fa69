using Geopolitics.Nlp.Cli.Hosting;

namespace Geopolitics.Nlp.Cli.Output;

/// <summary>
/// Plans the page file of every input of <c>analyze --format html</c> before anything is analyzed: NAME.html from
/// the input's base name, <c>NAME-2.html</c>, <c>NAME-3.html</c>… for later inputs with the same base name (in
/// input order; compared without case, so the names also differ on case-insensitive file systems). Refuses, before
/// writing anything, a page that is also an input (always), or that exists or is a symbolic link (unless
/// <c>--force</c>, which replaces the file or the link itself, never what a link points to).
/// </summary>
internal static class HtmlTargets
{
    public static IReadOnlyList<string> Plan(IReadOnlyList<string> inputs, string folder, bool force)
    {
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var targets = new List<string>(inputs.Count);
        foreach (var input in inputs)
        {
            var name = input == "-" ? "stdin" : Path.GetFileNameWithoutExtension(input);
            if (name.Length == 0)
            {
                name = "article";
            }

            var candidate = name;
            for (var n = 2; !used.Add(candidate); n++)
            {
                candidate = $"{name}-{n}";
            }

            var target = Path.Combine(folder, candidate + ".html");
            Check(target, inputs, force);
            targets.Add(target);
        }

        return targets;
    }

    private static void Check(string target, IReadOnlyList<string> inputs, bool force)
    {
        var info = new FileInfo(target);
        var isLink = info.LinkTarget is not null;
        OutputTarget.EnsureNotAnInput(target, isLink ? PathIdentity.Resolve(target) : PathIdentity.Resolve(Path.GetDirectoryName(Path.GetFullPath(target))!) + Path.DirectorySeparatorChar + info.Name, inputs);
        if (Directory.Exists(target) && !isLink)
        {
            throw new RefusedException($"refusing to write {target}: a folder of that name exists (nothing was written)");
        }

        if (!force && isLink)
        {
            throw new RefusedException($"refusing to write {target}: it is a symbolic link (use --force to replace the link itself; nothing was written)");
        }

        if (!force && info.Exists)
        {
            throw new RefusedException($"refusing to overwrite {target} (use --force; nothing was written)");
        }
    }
}
