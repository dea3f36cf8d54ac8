namespace ChatBuddy.Grains.Notifications;

/// <summary>A provider refused or failed a mail; <see cref="Permanent"/> when sending it again cannot help (a malformed request).</summary>
public sealed class EmailSendException : Exception
{
    public EmailSendException(string message, bool permanent, Exception? inner = null)
        : base(message, inner) => Permanent = permanent;

    public EmailSendException()
    {
    }

    public EmailSendException(string message)
        : base(message)
    {
    }

    public EmailSendException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public bool Permanent { get; }
}
