namespace ChatBuddy.Grains.Assistant.Offline;

public static class OrderStatusWords
{
    public static string Describe(string status, string language) => (status, language) switch
    {
        ("pending", "en") => "awaiting payment",
        ("processing", "en") => "being processed",
        ("shipped", "en") => "on its way",
        ("delivered", "en") => "delivered",
        ("cancelled", "en") => "cancelled",
        ("returned", "en") => "returned",
        ("refunded", "en") => "refunded",
        ("on_hold", "en") => "on hold",
        ("pending", _) => "fizetésre vár",
        ("processing", _) => "feldolgozás alatt",
        ("shipped", _) => "úton van",
        ("delivered", _) => "kézbesítve",
        ("cancelled", _) => "törölve",
        ("returned", _) => "visszaküldve",
        ("refunded", _) => "visszatérítve",
        ("on_hold", _) => "felfüggesztve",
        _ => status,
    };
}
