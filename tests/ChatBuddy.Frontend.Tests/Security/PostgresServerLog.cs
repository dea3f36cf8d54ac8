using System.Text;

namespace ChatBuddy.Frontend.Tests.Security;

/// <summary>
/// The local PostgreSQL server's log (Debian's stderr log, prefix <c>user@database</c>) from a point on:
/// the errors the server wrote for one test database. Not every machine lets a test read it, so
/// <see cref="Reachable"/> says whether the check ran.
/// </summary>
public sealed class PostgresServerLog
{
    private const string DefaultPath = "/var/log/postgresql/postgresql-15-main.log";
    private readonly string _path;
    private readonly long _start;

    private PostgresServerLog(string path, long start)
    {
        _path = path;
        _start = start;
    }

    public bool Reachable => _start >= 0;

    /// <summary>Marks the end of the log now; <see cref="ErrorsFor"/> reads only what comes after.</summary>
    public static PostgresServerLog FromNow()
    {
        var path = Environment.GetEnvironmentVariable("CHATBUDDY_POSTGRES_LOG") ?? DefaultPath;
        try
        {
            using var file = File.Open(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return new PostgresServerLog(path, file.Length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new PostgresServerLog(path, -1);
        }
    }

    /// <summary>ERROR, FATAL and PANIC lines the server logged for <paramref name="database"/> since <see cref="FromNow"/>.</summary>
    public IReadOnlyList<string> ErrorsFor(string database)
    {
        if (!Reachable)
        {
            return [];
        }

        using var file = File.Open(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        file.Seek(Math.Min(_start, file.Length), SeekOrigin.Begin);
        using var reader = new StreamReader(file, Encoding.UTF8);
        var marker = $"@{database} ";
        var errors = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Contains(marker, StringComparison.Ordinal) && (line.Contains(" ERROR: ", StringComparison.Ordinal) || line.Contains(" FATAL: ", StringComparison.Ordinal) || line.Contains(" PANIC: ", StringComparison.Ordinal)))
            {
                errors.Add(line);
            }
        }

        return errors;
    }
}
