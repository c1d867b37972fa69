using System.Reflection;

namespace Geopolitics.Nlp.Resources;

/// <summary>Reads the word lists and tables embedded in this assembly.</summary>
internal static class ResourceText
{
    private const string Prefix = "Geopolitics.Nlp.Resources.";

    /// <summary>Opens an embedded resource by its path under <c>Resources/</c>, e.g. <c>Tokenization/abbreviations.txt</c>.</summary>
    public static Stream Open(string relativePath)
    {
        // The build names resources after their folder with the build machine's separator; accept either.
        var name = Prefix + relativePath.Replace('\\', '/');
        var assembly = typeof(ResourceText).Assembly;
        return assembly.GetManifestResourceStream(name)
            ?? assembly.GetManifestResourceStream(name.Replace('/', '\\'))
            ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {assembly.GetName().Name}.");
    }

    /// <summary>The non-empty lines of a text resource, without <c>#</c> comment lines and trailing whitespace.</summary>
    public static IEnumerable<string> ReadDataLines(string relativePath)
    {
        using var reader = new StreamReader(Open(relativePath));
        while (reader.ReadLine() is { } line)
        {
            line = line.TrimEnd();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            yield return line;
        }
    }

    /// <summary>Names of all embedded resources, relative to <c>Resources/</c>.</summary>
    public static IEnumerable<string> ListAll() =>
        typeof(ResourceText).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..].Replace('\\', '/'));
}
