namespace ChatBuddy.Grains.Demo;

/// <summary>A shipping method with the Hungarian forms its name takes in status texts.</summary>
/// <param name="Method">The order's shipping_method.</param>
/// <param name="Subject">"a GLS" – as the subject of a sentence.</param>
/// <param name="With">"a GLS-sel" – travelling with the carrier.</param>
/// <param name="To">"a GLS-nek" – handed over to the carrier.</param>
/// <param name="Fee">Shipping fee in HUF below the free-shipping threshold.</param>
/// <param name="Kind">Home delivery, parcel locker / pick-up point, or collection at the shop.</param>
/// <param name="TrackingPrefix">Fixed start of the carrier's parcel numbers.</param>
/// <param name="TrackingDigits">Random digits after the prefix.</param>
/// <param name="TrackingUrl">Tracking page; the parcel number is appended.</param>
internal sealed record Carrier(
    string Method,
    string Subject,
    string With,
    string To,
    int Fee,
    CarrierKind Kind,
    string TrackingPrefix,
    int TrackingDigits,
    string TrackingUrl)
{
    public static readonly Carrier Gls = new("GLS futárszolgálat", "a GLS", "a GLS-sel", "a GLS-nek", 1490, CarrierKind.Courier, "5", 10, "https://gls-group.com/HU/hu/csomagkovetes?match=");
    public static readonly Carrier Mpl = new("MPL házhozszállítás", "az MPL", "az MPL-lel", "az MPL-nek", 1690, CarrierKind.Courier, "JJH30A00", 8, "https://www.posta.hu/nyomkovetes/nyitooldal?searchvalue=");
    public static readonly Carrier Foxpost = new("Foxpost csomagautomata", "a Foxpost", "a Foxposttal", "a Foxpostnak", 990, CarrierKind.Locker, "CLFOX", 10, "https://foxpost.hu/csomagkovetes/?code=");
    public static readonly Carrier Packeta = new("Packeta átvételi pont", "a Packeta", "a Packetával", "a Packetának", 1090, CarrierKind.Locker, "Z", 10, "https://tracking.packeta.com/hu/?id=");
    public static readonly Carrier Pickup = new("személyes átvétel", "", "", "", 0, CarrierKind.Pickup, "", 0, "");

    public static readonly (Carrier Carrier, int Weight)[] Popularity = [(Gls, 30), (Foxpost, 26), (Packeta, 17), (Mpl, 15), (Pickup, 12)];

    /// <summary>Days a locker or pick-up point keeps a parcel.</summary>
    public int HoldDays => this == Foxpost ? 3 : 7;
}

internal enum CarrierKind
{
    Courier,
    Locker,
    Pickup,
}
