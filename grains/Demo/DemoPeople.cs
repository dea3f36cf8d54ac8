namespace ChatBuddy.Grains.Demo;

internal sealed record DemoCustomer(string FamilyName, string GivenName, string Email, string Phone)
{
    /// <summary>Hungarian name order: family name first.</summary>
    public string FullName => $"{FamilyName} {GivenName}";
}

/// <summary>
/// Customers with Hungarian names drawn by real-world frequency (roughly per ten thousand people),
/// unique example-domain e-mail addresses and unique mobile numbers.
/// </summary>
internal static class DemoPeople
{
    /// <summary>The customers of the five showcase orders, always the first five.</summary>
    public static readonly DemoCustomer[] Showcase =
    [
        new("Kovács", "Anna", "kovacs.anna@example.hu", "+36 30 123 4567"),
        new("Nagy", "Bence", "nagy.bence@example.com", "+36 20 234 5678"),
        new("Tóth", "Eszter", "toth.eszter@example.hu", "+36 70 345 6789"),
        new("Szabó", "Gergely", "szabo.gergely@example.org", "+36 30 456 7890"),
        new("Horváth", "Réka", "horvath.reka@example.hu", "+36 20 567 8901"),
    ];

    private static readonly (string Name, int Weight)[] FamilyNames =
    [
        ("Nagy", 230), ("Kovács", 220), ("Tóth", 210), ("Szabó", 200), ("Horváth", 180), ("Varga", 110), ("Kiss", 110),
        ("Molnár", 90), ("Németh", 90), ("Farkas", 80), ("Balogh", 80), ("Papp", 60), ("Takács", 50), ("Juhász", 50),
        ("Lakatos", 50), ("Mészáros", 40), ("Oláh", 45), ("Simon", 40), ("Rácz", 40), ("Fekete", 40), ("Szilágyi", 38),
        ("Török", 35), ("Fehér", 35), ("Balázs", 35), ("Gál", 33), ("Kis", 32), ("Szűcs", 31), ("Kocsis", 31),
        ("Pintér", 29), ("Fodor", 29), ("Szalai", 28), ("Sipos", 27), ("Magyar", 27), ("Lukács", 26), ("Gulyás", 26),
        ("Bíró", 26), ("Király", 25), ("Katona", 24), ("László", 24), ("Jakab", 24), ("Bogdán", 23), ("Sándor", 23),
        ("Boros", 22), ("Fazekas", 22), ("Kelemen", 22), ("Antal", 22), ("Orosz", 21), ("Somogyi", 21), ("Fülöp", 21),
        ("Veres", 21), ("Budai", 20), ("Vincze", 20), ("Hegedűs", 20), ("Deák", 20), ("Pap", 19), ("Bálint", 19),
        ("Illés", 19), ("Pál", 19), ("Vass", 18), ("Szőke", 18), ("Fábián", 18), ("Lengyel", 18), ("Bognár", 17),
        ("Vörös", 17), ("Jónás", 16), ("Székely", 16), ("Soós", 16), ("Csonka", 15), ("Halász", 15), ("Hajdu", 15),
        ("Máté", 14), ("Kozma", 14), ("Dudás", 13), ("Barta", 13), ("Győri", 12), ("Erdős", 12), ("Szekeres", 12),
    ];

    private static readonly (string Name, int Weight)[] FemaleNames =
    [
        ("Mária", 10), ("Erzsébet", 7), ("Katalin", 9), ("Éva", 7), ("Ilona", 4), ("Anna", 8), ("Zsuzsanna", 7), ("Judit", 6),
        ("Ágnes", 5), ("Andrea", 8), ("Krisztina", 7), ("Erika", 5), ("Ildikó", 5), ("Mónika", 5), ("Anita", 5), ("Gabriella", 4),
        ("Tímea", 4), ("Edit", 3), ("Beáta", 3), ("Nikolett", 4), ("Viktória", 5), ("Dóra", 4), ("Eszter", 5), ("Zsófia", 5),
        ("Réka", 4), ("Petra", 4), ("Fanni", 3), ("Nóra", 3), ("Anikó", 3), ("Orsolya", 4), ("Szilvia", 4), ("Kinga", 3),
        ("Boglárka", 3), ("Lilla", 3), ("Hanna", 3), ("Júlia", 4), ("Bianka", 3), ("Noémi", 2), ("Emese", 2), ("Csilla", 3),
        ("Melinda", 3), ("Renáta", 3), ("Barbara", 3), ("Klára", 2), ("Rita", 3),
    ];

    private static readonly (string Name, int Weight)[] MaleNames =
    [
        ("László", 10), ("István", 10), ("József", 8), ("János", 8), ("Zoltán", 9), ("Sándor", 6), ("Gábor", 8), ("Ferenc", 6),
        ("Attila", 7), ("Péter", 8), ("Tamás", 8), ("Zsolt", 6), ("Tibor", 5), ("András", 6), ("Csaba", 5), ("Imre", 3),
        ("Lajos", 3), ("György", 4), ("Balázs", 6), ("Róbert", 5), ("Dávid", 5), ("Dániel", 6), ("Ádám", 5), ("Bence", 5),
        ("Máté", 4), ("Krisztián", 4), ("Norbert", 4), ("Gergely", 4), ("Márton", 3), ("Levente", 3), ("Mihály", 3),
        ("Károly", 3), ("Roland", 3), ("Szabolcs", 3), ("Viktor", 4), ("Ákos", 3), ("Bálint", 3), ("Kristóf", 2),
        ("Milán", 2), ("Richárd", 2), ("Áron", 2), ("Miklós", 3), ("Pál", 2),
    ];

    private static readonly (string Domain, int Weight)[] Domains = [("example.hu", 45), ("example.com", 40), ("example.org", 15)];

    private static readonly (string Prefix, int Weight)[] MobilePrefixes = [("20", 35), ("30", 40), ("70", 25)];

    public static IReadOnlyList<DemoCustomer> Create(DemoRandom r, int count)
    {
        var customers = new List<DemoCustomer>(Showcase);
        var names = new HashSet<string>(customers.Select(c => c.FullName), StringComparer.Ordinal);
        var emails = new HashSet<string>(customers.Select(c => c.Email), StringComparer.Ordinal);
        var phones = new HashSet<string>(customers.Select(c => c.Phone), StringComparer.Ordinal);
        while (customers.Count < count)
        {
            var family = r.PickWeighted(FamilyNames);
            var given = r.PickWeighted(r.Chance(0.55) ? FemaleNames : MaleNames);
            if (given == family || !names.Add($"{family} {given}"))
            {
                // Same name as an existing customer: real, but it makes the demo ambiguous, so draw again.
                continue;
            }

            var email = Email(r, family, given);
            while (!emails.Add(email))
            {
                email = Email(r, family, given);
            }

            var phone = Phone(r);
            while (!phones.Add(phone))
            {
                phone = Phone(r);
            }

            customers.Add(new DemoCustomer(family, given, email, phone));
        }

        return customers;
    }

    private static string Email(DemoRandom r, string family, string given)
    {
        var f = HungarianText.Fold(family).ToLowerInvariant();
        var g = HungarianText.Fold(given).ToLowerInvariant();
        var year = r.Between(60, 105) % 100;
        var local = r.Between(0, 5) switch
        {
            0 or 1 => $"{g}.{f}",
            2 => $"{f}.{g}",
            3 => $"{g}{f}{year:D2}",
            4 => $"{g[0]}.{f}",
            _ => $"{f}{g}{r.Between(1, 99)}",
        };
        return $"{local}@{r.PickWeighted(Domains)}";
    }

    private static string Phone(DemoRandom r) =>
        $"+36 {r.PickWeighted(MobilePrefixes)} {r.Between(200, 999)} {r.Between(0, 9999):D4}";
}
