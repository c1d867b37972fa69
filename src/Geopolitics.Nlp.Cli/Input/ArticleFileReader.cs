using System.Text;
using Geopolitics.Nlp.Cli.Hosting;

namespace Geopolitics.Nlp.Cli.Input;

/// <summary>
/// Reads one article (a file or standard input) as strict UTF-8, at most <see cref="InputLimits"/> bytes, a UTF-8
/// byte-order mark skipped. Every failure becomes an <see cref="ArticleReadException"/> with a one-line reason.
/// </summary>
internal sealed class ArticleFileReader(CliContext context, long maxBytes)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public string Read(string path)
    {
        var name = Describe(path);
        if (path != "-" && Directory.Exists(path))
        {
            throw new ArticleReadException($"{name}: is a directory, not a file");
        }

        if (path != "-" && !File.Exists(path))
        {
            throw new ArticleReadException($"{name}: no such file");
        }

        byte[] bytes;
        try
        {
            using var stream = path == "-" ? context.OpenStandardInput() : new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            bytes = ReadBounded(stream, maxBytes) ?? throw new ArticleReadException($"{name}: larger than the limit of {InputLimits.Describe(maxBytes)} (--max-bytes)");
        }
        catch (UnauthorizedAccessException)
        {
            throw new ArticleReadException($"{name}: permission denied");
        }
        catch (IOException e)
        {
            throw new ArticleReadException($"{name}: {e.Message}");
        }

        var body = bytes.AsSpan();
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        string text;
        try
        {
            // Decoded strictly: a UTF-16 byte-order mark or stray bytes are an error, not a silent re-decoding.
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            throw new ArticleReadException($"{name}: not valid UTF-8");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ArticleReadException($"{name}: empty input") { IsEmpty = true };
        }

        return text;
    }

    public static string Describe(string path) => path == "-" ? "standard input" : path;

    /// <summary>Reads the whole stream, or returns null as soon as it holds more than <paramref name="limit"/> bytes.</summary>
    internal static byte[]? ReadBounded(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}

/// <summary>One article that could not be read; the run goes on with the others.</summary>
internal sealed class ArticleReadException(string message) : Exception(message)
{
    /// <summary>The input was readable but held no text.</summary>
    public bool IsEmpty { get; init; }
}
