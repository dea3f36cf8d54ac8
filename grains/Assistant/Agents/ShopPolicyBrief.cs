using System.Globalization;
using ChatBuddy.GrainInterfaces.Tenants;

namespace ChatBuddy.Grains.Assistant.Agents;

/// <summary>
/// The shop's own rules, stated in every agent's instructions so a real model knows the limits the
/// tools enforce anyway: the discount cap, its conditions, staff hours, the register, and that policy
/// answers come from the shop's pages.
/// </summary>
public static class ShopPolicyBrief
{
    public static string For(ShopSettings settings)
    {
        var discounts = settings.Discounts;
        return
            $"""
            A(z) {settings.Name} bolt szabályai (ezeknél többet soha ne ígérj, és ne térj el tőlük):
            - Személyes kedvezménykód legfeljebb {discounts.MaxPercent}% lehet, legalább {discounts.MinimumBasket.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', ' ')} Ft kosárértéktől, {(discounts.OnePerCustomer ? "vásárlónként egy" : "egy vásárló több kódot is kaphat")}, {discounts.Validity.Days} napig érvényes; kódot csak a create_discount_code eszköz adhat.
            - Emberi ügyintéző: {settings.StaffHours.Describe("hu")}.
            - Megszólítás: {(settings.FormalRegister ? "magázás (Ön)" : "tegezés")}.
            - Szállításról, visszaküldésről, fizetésről, garanciáról és adatvédelemről csak a bolt saját oldalai (get_policy) alapján válaszolj.
            - Rendelés adatait csak az ellenőrzött vásárló kaphatja meg; más vásárló adatát soha.
            """;
    }
}
