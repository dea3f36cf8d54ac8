namespace ChatBuddy.Grains.Demo;

/// <summary>How an order's story ends; its status today follows from where <see cref="ShopClock.Now"/> falls on the timeline.</summary>
internal enum OrderOutcome
{
    Normal,
    CancelledByCustomer,
    CancelledUnpaid,
    RefusedDelivery,
    Returned,
    RefundedBeforeShipping,
    OnHold,
}

internal enum HoldReason
{
    OutOfStock,
    AddressCheck,
}

internal static class PaymentMethod
{
    public const string Card = "bankkártya";
    public const string CashOnDelivery = "utánvét";
    public const string Transfer = "átutalás";
}

/// <summary>
/// The dated events of one order. Every event is planned, even those after "now", so the expected
/// delivery date of an open order is simply the planned delivery.
/// </summary>
internal sealed class OrderTimeline
{
    public required DateTime Created { get; init; }

    /// <summary>Null when the money never arrives (unpaid transfer, refused cash on delivery).</summary>
    public DateTime? Paid { get; init; }

    public required DateTime Processing { get; init; }

    public DateTime? HoldStart { get; init; }

    public DateTime? HoldEnd { get; init; }

    /// <summary>Handed to the carrier, or ready for collection at the shop.</summary>
    public required DateTime Handover { get; init; }

    /// <summary>At the door, in the locker, or (for collection) the same as <see cref="Handover"/>.</summary>
    public required DateTime Arrival { get; init; }

    /// <summary>In the customer's hands.</summary>
    public required DateTime Delivered { get; init; }

    public DateTime? Cancelled { get; init; }

    public DateTime? ReturnReceived { get; init; }

    public DateTime? Refunded { get; init; }

    /// <summary>Builds the plan of an order from its creation, payment method, carrier and outcome.</summary>
    public static OrderTimeline Plan(DemoRandom r, DateTime created, string payment, Carrier carrier, OrderOutcome outcome)
    {
        DateTime? paid = payment switch
        {
            PaymentMethod.Card => created.AddMinutes(r.Between(1, 3)),
            PaymentMethod.Transfer => created.AddMinutes(r.Between(90, 3 * 24 * 60)),
            _ => null,
        };
        var processing = payment == PaymentMethod.Transfer ? paid!.Value.AddMinutes(r.Between(10, 120)) : created.AddMinutes(r.Between(5, 90));

        DateTime? holdStart = null;
        DateTime? holdEnd = null;
        var release = processing;
        if (outcome == OrderOutcome.OnHold)
        {
            holdStart = processing.AddMinutes(r.Between(10, 240));
            holdEnd = holdStart.Value.AddHours(r.Between(40, 140));
            release = holdEnd.Value;
        }

        var handover = HandoverTime(r, release);
        var arrivalDay = ShopClock.NextBusinessDay(ShopClock.LocalDate(handover));
        DateTime arrival;
        DateTime delivered;
        switch (carrier.Kind)
        {
            case CarrierKind.Courier:
                if (r.Chance(0.2))
                {
                    arrivalDay = ShopClock.NextBusinessDay(arrivalDay);
                }

                arrival = ShopClock.AtLocal(arrivalDay, r.Between(8 * 60 + 30, 17 * 60));
                delivered = arrival;
                break;
            case CarrierKind.Locker:
                arrival = ShopClock.AtLocal(arrivalDay, r.Between(7 * 60, 13 * 60));
                delivered = arrival.AddMinutes(r.Between(60, 54 * 60));
                break;
            default:
                arrival = handover;
                var pickupDay = ShopClock.LocalDate(handover);
                for (var skip = r.Between(1, 3); skip > 0; skip--)
                {
                    pickupDay = ShopClock.NextBusinessDay(pickupDay);
                }

                delivered = ShopClock.AtLocal(pickupDay, r.Between(9 * 60, 16 * 60 + 45));
                break;
        }

        DateTime? cancelled = null;
        DateTime? returnReceived = null;
        DateTime? refunded = null;
        switch (outcome)
        {
            case OrderOutcome.CancelledByCustomer:
                cancelled = created.AddTicks((long)((handover - created).Ticks * (0.05 + (r.NextDouble() * 0.75))));
                break;
            case OrderOutcome.CancelledUnpaid:
                cancelled = ShopClock.AtLocal(ShopClock.LocalDate(created).AddDays(8), r.Between(6 * 60, 8 * 60));
                paid = null;
                break;
            case OrderOutcome.RefusedDelivery:
                // The carrier keeps trying for a few days, then the parcel travels back to the shop.
                cancelled = arrival.AddHours(r.Between(72, 160));
                paid = null;
                break;
            case OrderOutcome.Returned:
                returnReceived = delivered.AddHours(r.Between(3 * 24, 12 * 24));
                refunded = returnReceived.Value.AddHours(r.Between(20, 9 * 24));
                break;
            case OrderOutcome.RefundedBeforeShipping:
                refunded = processing.AddHours(r.Between(20, 72));
                break;
        }

        return new OrderTimeline
        {
            Created = created,
            Paid = paid,
            Processing = processing,
            HoldStart = holdStart,
            HoldEnd = holdEnd,
            Handover = handover,
            Arrival = arrival,
            Delivered = delivered,
            Cancelled = cancelled,
            ReturnReceived = returnReceived,
            Refunded = refunded,
        };
    }

    /// <summary>Orders ready by noon on a working day leave the same afternoon, others the next working day.</summary>
    private static DateTime HandoverTime(DemoRandom r, DateTime ready)
    {
        var local = ShopClock.ToLocal(ready);
        var day = DateOnly.FromDateTime(local);
        if (!ShopClock.IsBusinessDay(day) || local.Hour >= 12)
        {
            day = ShopClock.NextBusinessDay(day);
        }

        return ShopClock.AtLocal(day, r.Between(15 * 60, 17 * 60 + 30));
    }
}
