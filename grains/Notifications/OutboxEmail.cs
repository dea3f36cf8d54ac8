namespace ChatBuddy.Grains.Notifications;

/// <summary>A mail claimed from the outbox for one delivery attempt (<see cref="Attempts"/> counts this one).</summary>
public sealed record OutboxEmail(long Id, string? ShopId, string Kind, string ToAddress, string? ToName, string Subject, string TextBody, string? HtmlBody, int Attempts)
{
    public EmailMessage Message => new(ToAddress, ToName, Subject, TextBody, HtmlBody);
}
