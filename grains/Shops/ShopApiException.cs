namespace ChatBuddy.Grains.Shops;

/// <summary>A platform call failed in a way a shop owner can act on; <see cref="RetryAt"/> is set when the platform says when to try again.</summary>
public sealed class ShopApiException : Exception
{
    public ShopApiException(string message, DateTimeOffset? retryAt = null, Exception? inner = null)
        : base(message, inner) => RetryAt = retryAt;

    public ShopApiException()
    {
    }

    public ShopApiException(string message)
        : base(message)
    {
    }

    public ShopApiException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DateTimeOffset? RetryAt { get; }
}
