namespace ChatBuddy.Grains.Import;

/// <summary>
/// The outcome of one import: how many rows landed and which lines were rejected, and why.
/// Safe to update from the parsing loop and the batch being written at the same time.
/// </summary>
public sealed class ImportReport
{
    private readonly Lock _lock = new();
    private readonly List<ImportError> _errors = [];
    private int _read;
    private int _upserted;

    public int Read => Volatile.Read(ref _read);

    public int Upserted => Volatile.Read(ref _upserted);

    /// <summary>The rejected lines in line order.</summary>
    public IReadOnlyList<ImportError> Errors
    {
        get
        {
            lock (_lock)
            {
                return _errors.OrderBy(e => e.Line).ToList();
            }
        }
    }

    public TimeSpan Elapsed { get; set; }

    public void CountRead() => Interlocked.Increment(ref _read);

    public void CountUpserted(int rows) => Interlocked.Add(ref _upserted, rows);

    public void Reject(int line, string reason)
    {
        lock (_lock)
        {
            _errors.Add(new ImportError(line, reason));
        }
    }
}

/// <summary>A rejected line: its 1-based number and a reason a shop owner can act on.</summary>
public sealed record ImportError(int Line, string Reason);
