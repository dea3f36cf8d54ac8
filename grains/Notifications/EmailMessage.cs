namespace ChatBuddy.Grains.Notifications;

/// <summary>One e-mail to one recipient: plain text always, HTML optionally.</summary>
public sealed record EmailMessage(string To, string? ToName, string Subject, string Text, string? Html = null);
