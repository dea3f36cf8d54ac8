using System.Globalization;
using ChatBuddy.Grains.Notifications;

namespace ChatBuddy.Grains.Shops.Sync;

/// <summary>The low-stock alert mail to a shop owner, in the shop's language (Hungarian unless the shop is English).</summary>
public static class StockAlertEmail
{
    public static EmailMessage Compose(string to, string shopName, string locale, StockAlert alert)
    {
        var culture = CultureInfo.GetCultureInfo(locale == "en" ? "en-GB" : "hu-HU");
        string N(int value) => value.ToString("N0", culture);
        return locale == "en"
            ? new EmailMessage(
                to,
                shopName,
                $"Low stock: {alert.Name} ({alert.Sku})",
                $"""
                Hello {shopName} team,

                stock of {alert.Name} (SKU {alert.Sku}) fell from {N(alert.OldStock)} to {N(alert.NewStock)}, at or below your low-stock threshold of {N(alert.Threshold)}.
                It may be time to reorder.

                ChatBuddy
                """)
            : new EmailMessage(
                to,
                shopName,
                $"Alacsony készlet: {alert.Name} ({alert.Sku})",
                $"""
                Kedves {shopName} csapat!

                A(z) {alert.Name} (cikkszám: {alert.Sku}) készlete {N(alert.OldStock)} darabról {N(alert.NewStock)} darabra csökkent, így elérte a beállított {N(alert.Threshold)} darabos készletküszöböt.
                Érdemes utánrendelni.

                ChatBuddy
                """);
    }
}

/// <summary>One <c>stock_alerts</c> row: a product whose stock fell to or below the shop's threshold.</summary>
public sealed record StockAlert(long Id, string Sku, string Name, int OldStock, int NewStock, int Threshold);
