using System.Text;

namespace Geopolitics.Nlp.Cli.Commands;

/// <summary>Reads article files and standard input as strict UTF-8, turning every failure into a one-line message.</summary>
internal static class InputReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadArticle(string path)
    {
        var text = path == "-" ? ReadStandardInput() : ReadFile(path);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new InputException($"{Describe(path)}: empty input");
        }

        return text;
    }

    public static TextReader OpenLines(string path)
    {
        if (path == "-")
        {
            return new StreamReader(Console.OpenStandardInput(), StrictUtf8);
        }

        Check(path);
        return new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: false);
    }

    public static string Describe(string path) => path == "-" ? "standard input" : path;

    private static string ReadStandardInput()
    {
        try
        {
            using var reader = new StreamReader(Console.OpenStandardInput(), StrictUtf8);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new InputException("standard input: not valid UTF-8");
        }
    }

    private static string ReadFile(string path)
    {
        Check(path);
        try
        {
            // Bytes decoded strictly: a UTF-16 byte-order mark or stray bytes are an error, not a silent re-decoding.
            var bytes = File.ReadAllBytes(path);
            var body = bytes.AsSpan();
            if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            {
                body = body[3..];
            }

            return StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new InputException($"{path}: not valid UTF-8");
        }
        catch (UnauthorizedAccessException)
        {
            throw new InputException($"{path}: permission denied");
        }
        catch (IOException e)
        {
            throw new InputException($"{path}: {e.Message}");
        }
    }

    private static void Check(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputException($"{path}: is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new InputException($"{path}: no such file");
        }
    }
}
