using System.Runtime.CompilerServices;
using System.Text;

namespace ChatBuddy.Grains.Import;

/// <summary>
/// Reads a JSON Lines stream line by line with a bound on line length, so one huge or endless line
/// is reported and skipped instead of exhausting memory. Blank lines are skipped.
/// </summary>
public static class JsonLinesReader
{
    public const int DefaultMaxLineBytes = 1 << 20;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static async IAsyncEnumerable<JsonLine> ReadAsync(Stream stream, int maxLineBytes = DefaultMaxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        var lineNumber = 1;
        var tooLong = false;
        var first = true;
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            var start = 0;
            if (first)
            {
                first = false;
                if (read >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF)
                {
                    start = 3;
                }
            }

            while (start < read)
            {
                var newline = Array.IndexOf(buffer, (byte)'\n', start, read - start);
                var end = newline < 0 ? read : newline;
                if (!tooLong)
                {
                    if (line.Length + (end - start) > maxLineBytes)
                    {
                        tooLong = true;
                        line.SetLength(0);
                    }
                    else
                    {
                        await line.WriteAsync(buffer.AsMemory(start, end - start), cancellationToken);
                    }
                }

                if (newline < 0)
                {
                    break;
                }

                if (Complete(line, lineNumber, tooLong, maxLineBytes) is { } complete)
                {
                    yield return complete;
                }

                line.SetLength(0);
                tooLong = false;
                lineNumber++;
                start = newline + 1;
            }
        }

        if (Complete(line, lineNumber, tooLong, maxLineBytes) is { } last)
        {
            yield return last;
        }
    }

    private static JsonLine? Complete(MemoryStream line, int number, bool tooLong, int maxLineBytes)
    {
        if (tooLong)
        {
            return new JsonLine(number, null, $"line is longer than {maxLineBytes} bytes");
        }

        var bytes = line.GetBuffer().AsSpan(0, (int)line.Length);
        if (bytes.Length > 0 && bytes[^1] == (byte)'\r')
        {
            bytes = bytes[..^1];
        }

        if (bytes.IsEmpty || bytes.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        try
        {
            return new JsonLine(number, StrictUtf8.GetString(bytes), null);
        }
        catch (DecoderFallbackException)
        {
            return new JsonLine(number, null, "line is not valid UTF-8");
        }
    }
}
