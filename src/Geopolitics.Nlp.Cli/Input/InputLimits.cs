using System.Globalization;

namespace Geopolitics.Nlp.Cli.Input;

/// <summary>
/// The largest article file or JSONL line read (default 32 MiB, <c>--max-bytes</c>). Reads are bounded so that
/// <c>/dev/zero</c> or a huge binary ends in a clear error instead of exhausting memory; real news articles are a
/// few kilobytes.
/// </summary>
internal static class InputLimits
{
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    /// <summary>Parses <c>4096</c>, <c>512K</c>, <c>32M</c>, <c>1G</c> (binary multiples).</summary>
    public static bool TryParseSize(string text, out long bytes)
    {
        bytes = 0;
        var span = text.Trim();
        long multiplier = 1;
        if (span.Length > 0 && char.ToUpperInvariant(span[^1]) is 'K' or 'M' or 'G')
        {
            multiplier = char.ToUpperInvariant(span[^1]) switch { 'K' => 1024, 'M' => 1024 * 1024, _ => 1024L * 1024 * 1024 };
            span = span[..^1];
        }

        if (!long.TryParse(span, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > long.MaxValue / multiplier)
        {
            return false;
        }

        bytes = value * multiplier;
        return bytes <= int.MaxValue - 1024;
    }

    public static string Describe(long bytes) => bytes % (1024 * 1024) == 0
        ? $"{bytes / (1024 * 1024)} MiB"
        : bytes % 1024 == 0 ? $"{bytes / 1024} KiB" : $"{bytes} bytes";
}
