namespace ChatBuddy.Grains.Import;

/// <summary>The outcome of one import: how many rows landed and which lines were rejected, and why.</summary>
public sealed class ImportReport
{
    private readonly List<ImportError> _errors = [];

    public int Read { get; private set; }

    public int Upserted { get; private set; }

    public IReadOnlyList<ImportError> Errors => _errors;

    public TimeSpan Elapsed { get; set; }

    public void CountRead() => Read++;

    public void CountUpserted(int rows) => Upserted += rows;

    public void Reject(int line, string reason) => _errors.Add(new ImportError(line, reason));
}

/// <summary>A rejected line: its 1-based number and a reason a shop owner can act on.</summary>
public sealed record ImportError(int Line, string Reason);
