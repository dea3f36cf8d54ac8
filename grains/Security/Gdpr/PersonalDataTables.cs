namespace ChatBuddy.Grains.Security.Gdpr;

/// <summary>
/// Every table of the schema, sorted by whether it holds a shopper's personal data. Export and erasure
/// cover <see cref="Personal"/>; the others hold shop, catalogue or system data (with the reason). A test
/// fails when a table with a name-, e-mail-, phone- or address-like column is in neither list.
/// </summary>
public static class PersonalDataTables
{
    public static IReadOnlyList<string> Personal { get; } =
    [
        "users", "user_profiles", "user_preferences", "user_consents", "orders", "order_items", "discount_codes",
        "carts", "cart_items", "channel_identities", "chat_sessions", "chat_messages", "email_outbox", "privacy_export_links",
    ];

    public static IReadOnlyDictionary<string, string> NotPersonal { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["shops"] = "the shop itself",
        ["shop_policies"] = "the shop's published policies",
        ["shop_sync_settings"] = "the shop owner's alert address, not a shopper's",
        ["shop_sync_runs"] = "sync reports (counts and errors)",
        ["erased_subjects"] = "SHA-256 of erased shoppers' e-mails only, kept so a platform sync cannot restore them",
        ["shop_webhook_events"] = "platform event ids",
        ["product_categories"] = "catalogue",
        ["products"] = "catalogue",
        ["product_embeddings"] = "catalogue",
        ["product_variants"] = "catalogue",
        ["price_history"] = "catalogue",
        ["stock_alerts"] = "product names and stock levels",
        ["promotions"] = "catalogue",
        ["search_terms"] = "catalogue words",
        ["embedding_cache"] = "vectors of catalogue text",
        ["audit_logs"] = "append-only; holds ids and pseudonyms only, never personal data",
        ["audit_chain_heads"] = "hash chain heads of the audit log",
        ["app_secrets"] = "signing keys",
        ["api_keys"] = "a shop's server-to-server keys: the shop's own label and an Argon2id hash",
        ["ip_blocks"] = "abusive networks, blocked for a while for security and then expired",
        ["schemaversions"] = "migration journal",
        ["orleansstorage"] = "grain state: exported and cleared through the grains",
        ["orleansmembershiptable"] = "cluster membership",
        ["orleansmembershipversiontable"] = "cluster membership",
        ["orleansquery"] = "Orleans SQL",
        ["orleansreminderstable"] = "reminders (grain ids only)",
    };

    /// <summary>True when the table is in one of the two lists (Quartz's qrtz_* tables hold job names only).</summary>
    public static bool IsClassified(string table) =>
        Personal.Contains(table, StringComparer.Ordinal) || NotPersonal.ContainsKey(table) || table.StartsWith("qrtz_", StringComparison.Ordinal);
}
