using static ChatBuddy.Grains.Demo.HungarianText;

namespace ChatBuddy.Grains.Demo;

/// <summary>The customer-facing Hungarian status line of an order, consistent with its dates, carrier and payment.</summary>
internal static class OrderStatusText
{
    public const string BankAccount = "12345678-12345678-12345678";
    public const string PickupAddress = "1134 Budapest, Hétköznap utca 7.";

    public static string For(OrderDraft d)
    {
        var t = d.Timeline;
        var total = Huf(d.Total);
        return d.Status switch
        {
            "pending" => Pending(d, total),
            "processing" => Processing(d),
            "shipped" => Shipped(d),
            "delivered" => d.Carrier.Kind switch
            {
                CarrierKind.Courier => $"A csomagot {OnDay(Day(t.Delivered))} kézbesítette {d.Carrier.Subject}.",
                CarrierKind.Locker => $"A csomagot {OnDay(Day(t.Delivered))} átvetted {LockerFrom(d.Carrier)}.",
                _ => $"A rendelést {OnDay(Day(t.Delivered))} átvetted budapesti átvételi pontunkon.",
            },
            "cancelled" => Cancelled(d, total),
            "returned" => $"A visszaküldött csomag {OnDay(Day(t.ReturnReceived!.Value))} megérkezett hozzánk. {TheCap($"{total}")} visszatérítését legkésőbb {UntilDay(Day(t.ReturnReceived.Value).AddDays(14))} elindítjuk {RefundTo(d.Payment)}.",
            "refunded" => d.Outcome == OrderOutcome.RefundedBeforeShipping
                ? $"Sajnos {Quoted(d.Items[0].Name)} a beszállítónál elfogyott, ezért a rendelést nem tudtuk teljesíteni. A teljes összeget ({total}) {OnDay(Day(t.Refunded!.Value))} visszautaltuk {RefundTo(d.Payment)}."
                : $"A visszaküldött termékek árát és a szállítási díjat, összesen {total}-ot, {OnDay(Day(t.Refunded!.Value))} visszautaltuk {RefundTo(d.Payment)}.",
            "on_hold" => d.Hold switch
            {
                HoldReason.OutOfStock => $"Rendelésed várakozik: {Quoted(d.Items[0].Name)} a beszállítónktól érkezik, várhatóan {OnDay(Day(t.Handover))} {(d.Carrier.Kind == CarrierKind.Pickup ? "veheted át budapesti átvételi pontunkon" : "tudjuk feladni a csomagot")}.",
                _ => "Rendelésed várakozik, mert a szállítási címből hiányzik a házszám. Kérjük, válaszolj e-mailünkre, vagy hívd ügyfélszolgálatunkat a +36 1 234 5678-as számon.",
            },
            _ => throw new InvalidOperationException($"No status text for '{d.Status}'."),
        };
    }

    private static string Pending(OrderDraft d, string total)
    {
        if (d.Payment == PaymentMethod.Transfer)
        {
            var next = d.Carrier.Kind == CarrierKind.Pickup
                ? "A jóváírás után összekészítjük a rendelést, és e-mailben szólunk, amikor átveheted."
                : "A jóváírás után azonnal feladjuk a csomagot.";
            return $"Várjuk az átutalást: {total} a Hétköznapi Bolt Kft. {BankAccount} számú számlájára, a közleménybe írd be a rendelésszámot ({d.Number}). {next}";
        }

        if (d.Payment == PaymentMethod.Card)
        {
            return d.PaymentStatus == "paid"
                ? "Köszönjük a rendelést! A bankkártyás fizetés rendben megérkezett, hamarosan megkezdjük az összekészítést."
                : "Rendelésed beérkezett, a bankkártyás fizetés visszaigazolására várunk.";
        }

        return "Rendelésedet rögzítettük, hamarosan megkezdjük az összekészítését. Az utánvétet a csomag átvételekor fizeted.";
    }

    private static string Processing(OrderDraft d)
    {
        var t = d.Timeline;
        var now = ShopClock.Now;
        var handoverDay = Day(t.Handover);
        var prefix = t.HoldEnd is { } released && released <= now && d.Hold == HoldReason.OutOfStock
            ? "A hiányzó termék megérkezett. "
            : d.Payment == PaymentMethod.Transfer && now - t.Paid!.Value < TimeSpan.FromDays(1)
                ? "Az átutalásod megérkezett, köszönjük! "
                : "";
        if (d.Carrier.Kind == CarrierKind.Pickup)
        {
            return now >= t.Handover
                ? $"Rendelésed átvehető budapesti átvételi pontunkon ({PickupAddress}) hétköznap 8 és 17 óra között. Az átvételhez mondd be a rendelésszámot: {d.Number}."
                : $"{prefix}Rendelésedet összekészítjük, {OnDay(handoverDay)} délutántól veheted át budapesti átvételi pontunkon ({PickupAddress}).";
        }

        if (d.Outcome == OrderOutcome.RefundedBeforeShipping)
        {
            return $"Rendelésed feldolgozás alatt: {Quoted(d.Items[0].Name)} beszerzését egyeztetjük a beszállítóval, hamarosan jelentkezünk.";
        }

        return handoverDay == ShopClock.Today
            ? $"{prefix}Rendelésedet összekészítettük, ma délután átadjuk {d.Carrier.To}."
            : $"{prefix}Rendelésedet összekészítjük, és {OnDay(handoverDay)} átadjuk {d.Carrier.To}.";
    }

    private static string Shipped(OrderDraft d)
    {
        var t = d.Timeline;
        var now = ShopClock.Now;
        var arrivalDay = Day(t.Arrival);
        if (d.Carrier.Kind == CarrierKind.Locker)
        {
            var deadline = UntilDay(arrivalDay.AddDays(d.Carrier.HoldDays));
            if (now < t.Arrival)
            {
                return $"Csomagod úton van {d.Carrier.With}, várhatóan {When(arrivalDay)} érkezik {LockerTo(d.Carrier)}. Az átvételi kódot SMS-ben és e-mailben küldjük.";
            }

            return d.Outcome == OrderOutcome.RefusedDelivery
                ? $"Csomagod {OnDay(arrivalDay)} óta vár rád {LockerAt(d.Carrier)}, {deadline} veheted át. Utána visszaküldik nekünk."
                : $"Csomagod megérkezett {LockerTo(d.Carrier)}, {deadline} veheted át az SMS-ben kapott kóddal.";
        }

        if (d.Outcome == OrderOutcome.RefusedDelivery && now >= t.Arrival)
        {
            return $"A futár {OnDay(arrivalDay)} nem talált otthon. {Capitalize(d.Carrier.Subject)} még egyszer megpróbálja kézbesíteni a csomagot, a {d.TrackingNumber} csomagszámmal új időpontot is kérhetsz.";
        }

        return $"Csomagod úton van {d.Carrier.With}, a futár várhatóan {When(Day(t.Delivered))} érkezik. A csomagot a {d.TrackingNumber} számon követheted.";
    }

    private static string Cancelled(OrderDraft d, string total)
    {
        var t = d.Timeline;
        return d.Outcome switch
        {
            OrderOutcome.CancelledUnpaid => "A rendelést töröltük, mert az átutalás 7 napon belül nem érkezett meg. Ha még szeretnéd a termékeket, add le újra a rendelést.",
            OrderOutcome.RefusedDelivery => d.Carrier.Kind == CarrierKind.Locker
                ? "A csomagot nem vetted át a határidőig, ezért visszaérkezett hozzánk, és a rendelést töröltük."
                : "A csomagot többszöri próbálkozás után sem sikerült kézbesíteni, ezért visszaérkezett hozzánk, és a rendelést töröltük.",
            _ => d.PaymentStatus == "refunded"
                ? $"Kérésedre {OnDay(Day(t.Cancelled!.Value))} töröltük a rendelést. A kifizetett {total}-ot visszautaltuk {RefundTo(d.Payment)}, a jóváírás 3–5 munkanap."
                : $"Kérésedre {OnDay(Day(t.Cancelled!.Value))} töröltük a rendelést, fizetnivalód nincs.",
        };
    }

    private static DateOnly Day(DateTime utc) => ShopClock.LocalDate(utc);

    private static string When(DateOnly day) => day == ShopClock.Today ? "ma" : day == ShopClock.Today.AddDays(1) ? "holnap" : OnDay(day);

    /// <summary>A product name inside a sentence, with its article: a „Stridana Pulse 3 női futócipő, piros”.</summary>
    private static string Quoted(string name) => $"{Article(name)} „{name}”";

    private static string LockerTo(Carrier c) => c == Carrier.Foxpost ? "a kiválasztott Foxpost automatába" : "a kiválasztott Packeta átvételi pontra";

    private static string LockerAt(Carrier c) => c == Carrier.Foxpost ? "a Foxpost automatában" : "a Packeta átvételi ponton";

    private static string LockerFrom(Carrier c) => c == Carrier.Foxpost ? "a Foxpost automatából" : "a Packeta átvételi ponton";

    private static string RefundTo(string payment) => payment switch
    {
        PaymentMethod.Card => "a bankkártyádra",
        PaymentMethod.Transfer => "a bankszámládra",
        _ => "az általad megadott bankszámlára",
    };
}
