namespace ChatBuddy.Grains.Demo;

/// <summary>An order with its plan and its state at <see cref="ShopClock.Now"/>, before it becomes a JSON line.</summary>
internal sealed record OrderDraft(
    string Number,
    DemoCustomer Customer,
    IReadOnlyList<OrderItemLine> Items,
    Carrier Carrier,
    string Payment,
    OrderOutcome Outcome,
    HoldReason Hold,
    OrderTimeline Timeline,
    int ShippingFee,
    string? TrackingNumber)
{
    public int Total => Items.Sum(i => i.Quantity * i.UnitPrice) + ShippingFee;

    public (string Status, DateTime Updated) State
    {
        get
        {
            var t = Timeline;
            var now = ShopClock.Now;
            switch (Outcome)
            {
                case OrderOutcome.CancelledUnpaid:
                    return now < t.Cancelled!.Value ? ("pending", t.Created) : ("cancelled", t.Cancelled.Value);
                case OrderOutcome.CancelledByCustomer when now >= t.Cancelled!.Value:
                    return ("cancelled", t.Cancelled.Value);
                case OrderOutcome.RefundedBeforeShipping when now >= t.Refunded!.Value:
                    return ("refunded", t.Refunded.Value);
            }

            if (now < t.Processing)
            {
                return ("pending", t.Created);
            }

            if (t.HoldStart is { } holdStart && t.HoldEnd is { } holdEnd && now < holdEnd)
            {
                return now < holdStart ? ("processing", t.Processing) : ("on_hold", holdStart);
            }

            if (now < t.Handover || Outcome is OrderOutcome.CancelledByCustomer or OrderOutcome.RefundedBeforeShipping)
            {
                return ("processing", t.HoldEnd ?? t.Processing);
            }

            if (Outcome == OrderOutcome.RefusedDelivery)
            {
                return now < t.Cancelled!.Value ? ("shipped", now >= t.Arrival ? t.Arrival : t.Handover) : ("cancelled", t.Cancelled.Value);
            }

            if (now < t.Delivered)
            {
                return Carrier.Kind == CarrierKind.Pickup ? ("processing", t.Handover) : ("shipped", now >= t.Arrival ? t.Arrival : t.Handover);
            }

            if (Outcome == OrderOutcome.Returned)
            {
                if (now >= t.Refunded!.Value)
                {
                    return ("refunded", t.Refunded.Value);
                }

                if (now >= t.ReturnReceived!.Value)
                {
                    return ("returned", t.ReturnReceived.Value);
                }
            }

            return ("delivered", t.Delivered);
        }
    }

    public string Status => State.Status;

    public string PaymentStatus
    {
        get
        {
            var t = Timeline;
            return Status switch
            {
                "refunded" => "refunded",
                "returned" => "refund_pending",
                "cancelled" => t.Paid is { } paid && paid <= t.Cancelled ? "refunded" : "cancelled",
                "delivered" => "paid",
                _ => t.Paid is { } paid && paid <= ShopClock.Now ? "paid" : "pending",
            };
        }
    }

    /// <summary>Whether the parcel has left with a carrier (and so has a tracking number to show).</summary>
    public bool Shipped =>
        Carrier.Kind != CarrierKind.Pickup
        && ShopClock.Now >= Timeline.Handover
        && Outcome is not (OrderOutcome.CancelledByCustomer or OrderOutcome.CancelledUnpaid or OrderOutcome.RefundedBeforeShipping);

    /// <summary>The planned delivery day for open orders: door, locker, or collection at the shop.</summary>
    public DateOnly? ExpectedDelivery
    {
        get
        {
            if (Status is not ("pending" or "processing" or "shipped"))
            {
                return null;
            }

            var planned = Carrier.Kind switch
            {
                CarrierKind.Courier => Timeline.Delivered,
                _ => Timeline.Arrival,
            };
            var day = ShopClock.LocalDate(planned);
            return day < ShopClock.Today ? ShopClock.NextBusinessDay(ShopClock.Today) : day;
        }
    }

    public OrderLine ToLine()
    {
        var (status, updated) = State;
        var tracking = Shipped ? TrackingNumber : null;
        return new OrderLine(
            Number,
            Customer.Email,
            Customer.Phone,
            Customer.FullName,
            status,
            OrderStatusText.For(this),
            ShopClock.Iso(Timeline.Created),
            ShopClock.Iso(updated),
            Items,
            ShippingFee,
            Total,
            "HUF",
            Carrier.Method,
            tracking,
            tracking is null ? null : Carrier.TrackingUrl + tracking,
            Payment,
            PaymentStatus,
            ExpectedDelivery is { } expected ? ShopClock.IsoDate(expected) : null);
    }
}
