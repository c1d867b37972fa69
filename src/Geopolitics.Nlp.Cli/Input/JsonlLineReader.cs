namespace Geopolitics.Nlp.Cli.Input;

/// <summary>One physical line of a JSONL input, as bytes, without its line break.</summary>
/// <param name="Number">1-based line number, counting every <c>\n</c>, blank lines included.</param>
/// <param name="Bytes">The line's bytes (valid until the next line is read); for an oversized line, its first bytes only.</param>
/// <param name="Length">The full length of the line in bytes.</param>
/// <param name="Oversized">Whether the line is longer than the limit (its bytes beyond the kept prefix were skipped).</param>
internal readonly record struct JsonlLine(int Number, ReadOnlyMemory<byte> Bytes, long Length, bool Oversized)
{
    /// <summary>Empty or only spaces, tabs and carriage returns: skipped, not an error.</summary>
    public bool IsBlank => !Oversized && Bytes.Span.IndexOfAnyExcept(" \t\r\f\v"u8) < 0;
}

/// <summary>
/// Splits a stream into lines as raw bytes, so a line that is not valid UTF-8 is one bad line rather than the end of
/// the run, and its line number is exact. A UTF-8 byte-order mark before line 1 is skipped; <c>\r\n</c> ends a line
/// like <c>\n</c>; a line longer than the limit is skipped to its end while its first bytes are kept to report its
/// id. Memory is bounded by the limit, whatever the input holds.
/// </summary>
internal sealed class JsonlLineReader(Stream stream, long maxBytes)
{
    /// <summary>How much of an oversized line is kept to find its id.</summary>
    private const int OversizedPrefix = 64 * 1024;

    private readonly byte[] _buffer = new byte[64 * 1024];
    private byte[] _line = new byte[4096];
    private int _start;
    private int _end;
    private bool _eof;

    public IEnumerable<JsonlLine> ReadLines(CancellationToken cancellationToken)
    {
        var number = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var length = 0;
            long total = 0;
            var any = false;
            while (true)
            {
                if (_start == _end)
                {
                    _start = 0;
                    _end = _eof ? 0 : stream.Read(_buffer, 0, _buffer.Length);
                    if (_end == 0)
                    {
                        _eof = true;
                        break;
                    }
                }

                any = true;
                var span = _buffer.AsSpan(_start, _end - _start);
                var newline = span.IndexOf((byte)'\n');
                var piece = newline < 0 ? span : span[..newline];
                total += piece.Length;
                var keep = total > maxBytes ? OversizedPrefix : maxBytes;
                var room = (int)Math.Max(0, Math.Min(piece.Length, keep - length));
                if (room > 0)
                {
                    Append(piece[..room], ref length);
                }

                _start += newline < 0 ? span.Length : newline + 1;
                if (newline >= 0)
                {
                    break;
                }
            }

            if (!any)
            {
                yield break;
            }

            number++;
            var oversized = total > maxBytes;
            var start = 0;
            if (number == 1 && _line.AsSpan(0, length).StartsWith("\uFEFF"u8))
            {
                start = 3;
                total -= 3;
                oversized = total > maxBytes;
            }

            if (!oversized && length > start && _line[length - 1] == (byte)'\r')
            {
                length--;
                total--;
            }

            yield return new JsonlLine(number, _line.AsMemory(start, Math.Min(length, oversized ? OversizedPrefix : length) - start), total, oversized);
        }
    }

    private void Append(ReadOnlySpan<byte> piece, ref int length)
    {
        if (length + piece.Length > _line.Length)
        {
            Array.Resize(ref _line, Math.Max(_line.Length * 2, length + piece.Length));
        }

        piece.CopyTo(_line.AsSpan(length));
        length += piece.Length;
    }
}
