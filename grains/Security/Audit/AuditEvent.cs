namespace ChatBuddy.Grains.Security.Audit;

/// <summary>
/// One thing worth proving later. Audit rows are append-only and outlive a GDPR erasure, so
/// <see cref="Subject"/> and <see cref="Details"/> hold ids and outcomes, never personal data.
/// </summary>
/// <param name="ShopId">The shop's chain; null for events that belong to no shop.</param>
/// <param name="Actor">Who acted, e.g. <c>session:{guid}</c>, <c>customer:{id}</c>, <c>admin:{sub}</c>, <c>system:{job}</c>.</param>
/// <param name="Action">What happened; one of <see cref="AuditActions"/>.</param>
/// <param name="Subject">What it happened to, e.g. <c>order:HB-20731</c>.</param>
/// <param name="Details">Small facts about the outcome.</param>
public sealed record AuditEvent(
    string? ShopId,
    string Actor,
    string Action,
    string? Subject = null,
    IReadOnlyDictionary<string, string>? Details = null);
