namespace ChatBuddy.Grains.Security.Audit;

/// <summary>Appends events to the hash-chained audit log.</summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditEvent auditEvent, CancellationToken cancellationToken = default);
}
