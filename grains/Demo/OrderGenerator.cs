namespace ChatBuddy.Grains.Demo;

/// <summary>
/// Orders of the demo customers over the 120 days before <see cref="ShopClock.Now"/>, busier towards
/// the present as the Christmas season starts. Five showcase orders (HB-20001…HB-20005) come first;
/// the rest are numbered in the order they were placed.
/// </summary>
internal sealed class OrderGenerator(DemoRandom random, IReadOnlyList<DemoProduct> products, IReadOnlyList<DemoCustomer> customers)
{
    public const int MinOrders = 620;
    public const int MaxOrders = 660;
    private const int FirstNumber = 20001;
    private const int FreeShippingFrom = 20_000;
    private const int CashOnDeliveryFee = 390;
    private const int CashOnDeliveryLimit = 300_000;

    private static readonly (int Orders, int Weight)[] OrdersPerCustomer = [(1, 38), (2, 24), (3, 16), (4, 10), (5, 7), (6, 5)];

    private static readonly (string Method, int Weight)[] PaymentPopularity =
        [(PaymentMethod.Card, 55), (PaymentMethod.CashOnDelivery, 25), (PaymentMethod.Transfer, 20)];

    private static readonly (OrderOutcome Outcome, int Weight)[] Outcomes =
    [
        (OrderOutcome.Normal, 80), (OrderOutcome.CancelledByCustomer, 5), (OrderOutcome.CancelledUnpaid, 2), (OrderOutcome.RefusedDelivery, 2),
        (OrderOutcome.Returned, 6), (OrderOutcome.RefundedBeforeShipping, 2), (OrderOutcome.OnHold, 3),
    ];

    /// <summary>Local hour of day an order is placed, weighted: lunch breaks and evenings are busiest.</summary>
    private static readonly (int Hour, int Weight)[] OrderHours =
    [
        (7, 2), (8, 4), (9, 5), (10, 6), (11, 6), (12, 8), (13, 7), (14, 5), (15, 5), (16, 5), (17, 5), (18, 6), (19, 8), (20, 9), (21, 8), (22, 5), (23, 2),
    ];

    private static readonly string[] Statuses = ["pending", "processing", "shipped", "delivered", "cancelled", "returned", "refunded", "on_hold"];

    private readonly HashSet<string> _trackingNumbers = new(StringComparer.Ordinal);

    public IReadOnlyList<string> Generate()
    {
        var counts = OrderCounts();
        var preferences = customers.Select(_ => (Carrier: random.PickWeighted(Carrier.Popularity), Payment: random.PickWeighted(PaymentPopularity))).ToList();

        var orders = Showcase();

        // Every remaining order of every customer, shuffled, then laid on the time axis oldest first.
        var slots = new List<int>();
        for (var c = 0; c < customers.Count; c++)
        {
            var showcaseOrders = c < DemoPeople.Showcase.Length ? 1 : 0;
            slots.AddRange(Enumerable.Repeat(c, counts[c] - showcaseOrders));
        }

        random.Shuffle(slots);
        var times = slots.Select(_ => CreatedAt()).ToList();
        times.Sort();
        for (var i = 0; i < slots.Count; i++)
        {
            var c = slots[i];
            var (carrier, payment) = random.Chance(0.7) ? preferences[c] : (random.PickWeighted(Carrier.Popularity), random.PickWeighted(PaymentPopularity));
            var number = $"HB-{FirstNumber + orders.Count}";
            orders.Add(Draft(number, customers[c], times[i], Items(), carrier, payment, random.PickWeighted(Outcomes)));
        }

        EnsureEveryStatus(orders);
        return orders.Select(o => DemoJson.OrderLine(o.ToLine())).ToList();
    }

    /// <summary>1–6 orders per customer, mostly one or two, with the total kept in the target range.</summary>
    private int[] OrderCounts()
    {
        var counts = customers.Select(_ => random.PickWeighted(OrdersPerCustomer)).ToArray();
        while (counts.Sum() < MinOrders)
        {
            var c = random.Next(counts.Length);
            if (counts[c] < 6)
            {
                counts[c]++;
            }
        }

        while (counts.Sum() > MaxOrders)
        {
            var c = random.Next(counts.Length);
            if (counts[c] > 1)
            {
                counts[c]--;
            }
        }

        return counts;
    }

    /// <summary>HB-20001 shipped, HB-20002 delivered, HB-20003 processing, HB-20004 cancelled, HB-20005 pending.</summary>
    private List<OrderDraft> Showcase()
    {
        var shoes = Find(p => p.Category == "Sport > Futócipők" && Attribute(p, "nem") == "női" && Attribute(p, "szín") == "piros");
        var bottle = Find(p => p.Name.Contains("termokulacs", StringComparison.Ordinal));
        var coffee = Find(p => p.Category == "Konyha > Kávéfőzők" && Attribute(p, "típus") == "kapszulás");
        var mug = Find(p => p.Name.Contains("kerámia bögre", StringComparison.Ordinal));
        var tent = Find(p => p.Category == "Kemping > Sátrak" && Attribute(p, "férőhely") == "3 személyes");
        var sleepingBag = Find(p => p.Category == "Kemping > Hálózsákok" && Attribute(p, "forma") == "múmia");
        var headphones = Find(p => p.Name.StartsWith("Sonaro Quiet 700", StringComparison.Ordinal));
        var phone = Find(p => p.Name.StartsWith("Novaphone X5 okostelefon, 128 GB", StringComparison.Ordinal));

        var c = DemoPeople.Showcase;
        return
        [
            ShowcaseOrder(0, c[0], "shipped", [Item(shoes, 1), Item(bottle, 1)], Carrier.Gls, PaymentMethod.Card, OrderOutcome.Normal, 14, 60),
            ShowcaseOrder(1, c[1], "delivered", [Item(coffee, 1), Item(mug, 2)], Carrier.Foxpost, PaymentMethod.CashOnDelivery, OrderOutcome.Normal, 4 * 24, 10 * 24),
            ShowcaseOrder(2, c[2], "processing", [Item(tent, 1), Item(sleepingBag, 2)], Carrier.Mpl, PaymentMethod.Transfer, OrderOutcome.Normal, 1, 4 * 24),
            ShowcaseOrder(3, c[3], "cancelled", [Item(headphones, 1)], Carrier.Packeta, PaymentMethod.Card, OrderOutcome.CancelledByCustomer, 24, 6 * 24),
            ShowcaseOrder(4, c[4], "pending", [Item(phone, 1)], Carrier.Gls, PaymentMethod.Transfer, OrderOutcome.Normal, 1, 40),
        ];
    }

    private OrderDraft ShowcaseOrder(int index, DemoCustomer customer, string status, List<OrderItemLine> items, Carrier carrier, string payment, OrderOutcome outcome, int minHoursAgo, int maxHoursAgo)
    {
        var number = $"HB-{FirstNumber + index}";
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var created = ShopClock.Now.AddMinutes(-random.Between(minHoursAgo * 60, maxHoursAgo * 60));
            var draft = Draft(number, customer, created, items, carrier, payment, outcome);
            if (draft.Status == status)
            {
                return draft;
            }
        }

        throw new InvalidOperationException($"No timeline gives {number} the status '{status}'.");
    }

    /// <summary>
    /// Rare statuses (on hold, returned, …) could be missing for some seeds; the newest orders are re-planned,
    /// keeping customer, time and items, until each status occurs at least once.
    /// </summary>
    private void EnsureEveryStatus(List<OrderDraft> orders)
    {
        foreach (var status in Statuses)
        {
            if (orders.Any(o => o.Status == status))
            {
                continue;
            }

            OrderOutcome[] outcomes = status switch
            {
                "on_hold" => [OrderOutcome.OnHold],
                "returned" => [OrderOutcome.Returned],
                "refunded" => [OrderOutcome.Returned, OrderOutcome.RefundedBeforeShipping],
                "cancelled" => [OrderOutcome.CancelledByCustomer],
                _ => [OrderOutcome.Normal],
            };
            var found = false;
            for (var i = orders.Count - 1; i >= DemoPeople.Showcase.Length && !found; i--)
            {
                var o = orders[i];
                for (var attempt = 0; attempt < 5 && !found; attempt++)
                {
                    var carrier = o.Carrier.Kind == CarrierKind.Pickup && status == "shipped" ? Carrier.Gls : o.Carrier;
                    var payment = status == "pending" ? PaymentMethod.Transfer : o.Payment;
                    var draft = Draft(o.Number, o.Customer, o.Timeline.Created, o.Items, carrier, payment, random.Pick(outcomes));
                    if (draft.Status == status)
                    {
                        orders[i] = draft;
                        found = true;
                    }
                }
            }
        }
    }

    private OrderDraft Draft(string number, DemoCustomer customer, DateTime created, IReadOnlyList<OrderItemLine> items, Carrier carrier, string payment, OrderOutcome outcome)
    {
        var subtotal = items.Sum(i => i.Quantity * i.UnitPrice);
        if (payment == PaymentMethod.CashOnDelivery && (carrier.Kind == CarrierKind.Pickup || subtotal > CashOnDeliveryLimit))
        {
            payment = PaymentMethod.Card;
        }

        outcome = outcome switch
        {
            OrderOutcome.CancelledUnpaid when payment != PaymentMethod.Transfer => OrderOutcome.CancelledByCustomer,
            OrderOutcome.RefusedDelivery when payment != PaymentMethod.CashOnDelivery => OrderOutcome.Normal,
            OrderOutcome.RefundedBeforeShipping when payment == PaymentMethod.CashOnDelivery => OrderOutcome.Normal,
            _ => outcome,
        };
        var hold = carrier.Kind == CarrierKind.Courier && random.Chance(0.35) ? HoldReason.AddressCheck : HoldReason.OutOfStock;
        var fee = (subtotal >= FreeShippingFrom ? 0 : carrier.Fee) + (payment == PaymentMethod.CashOnDelivery ? CashOnDeliveryFee : 0);
        var timeline = OrderTimeline.Plan(random, created, payment, carrier, outcome);
        return new OrderDraft(number, customer, items, carrier, payment, outcome, hold, timeline, fee, TrackingNumber(carrier));
    }

    private string? TrackingNumber(Carrier carrier)
    {
        if (carrier.Kind == CarrierKind.Pickup)
        {
            return null;
        }

        string number;
        do
        {
            var digits = new char[carrier.TrackingDigits];
            for (var i = 0; i < digits.Length; i++)
            {
                digits[i] = (char)('0' + random.Next(10));
            }

            number = carrier.TrackingPrefix + new string(digits);
        }
        while (!_trackingNumbers.Add(number));
        return number;
    }

    /// <summary>1–4 lines; further lines are often from the same department as the first.</summary>
    private List<OrderItemLine> Items()
    {
        var lines = random.PickWeighted([(1, 55), (2, 28), (3, 12), (4, 5)]);
        var chosen = new List<DemoProduct> { random.Pick(products) };
        while (chosen.Count < lines)
        {
            var candidate = random.Chance(0.55)
                ? random.Pick(products.Where(p => p.Department == chosen[0].Department).ToList())
                : random.Pick(products);
            if (!chosen.Contains(candidate))
            {
                chosen.Add(candidate);
            }
        }

        return chosen.Select(p => Item(p, p.EffectivePrice switch
        {
            < 5000 => random.PickWeighted([(1, 70), (2, 20), (3, 10)]),
            < 15000 => random.PickWeighted([(1, 85), (2, 15)]),
            _ => 1,
        })).ToList();
    }

    /// <summary>A moment in the last 120 days, denser towards now, at a plausible time of day.</summary>
    private DateTime CreatedAt()
    {
        while (true)
        {
            var u = random.NextDouble();
            var daysAgo = (int)(120 * u * (0.3 + (0.7 * u)));
            var day = ShopClock.Today.AddDays(-daysAgo);
            var minute = (random.PickWeighted(OrderHours) * 60) + random.Next(60);
            var created = ShopClock.AtLocal(day, minute).AddSeconds(random.Next(60));
            if (created < ShopClock.Now.AddMinutes(-10))
            {
                return created;
            }
        }
    }

    private DemoProduct Find(Func<DemoProduct, bool> predicate) =>
        products.FirstOrDefault(p => p.Stock > 0 && predicate(p)) ?? products.First(predicate);

    private static string? Attribute(DemoProduct p, string key) => p.Attributes.TryGetValue(key, out var value) ? value as string : null;

    private static OrderItemLine Item(DemoProduct p, int quantity) => new(p.Sku, p.Name, quantity, p.EffectivePrice);
}
