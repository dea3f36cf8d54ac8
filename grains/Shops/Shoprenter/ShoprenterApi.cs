using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ChatBuddy.GrainInterfaces.Shops;

namespace ChatBuddy.Grains.Shops.Shoprenter;

/// <summary>
/// The HTTP side of Shoprenter: an OAuth2 client-credentials token cached until shortly before it
/// expires, JSON requests, and errors turned into messages a shop owner can act on. Throttling and
/// 429 backoff live in the HttpClient's resilience pipeline (see ShopsServiceCollectionExtensions).
/// </summary>
public sealed class ShoprenterApi(HttpClient http, ShopConnection connection, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _tokenLock = new(1, 1);
    private string? _token;
    private DateTimeOffset _tokenExpires;
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Dispose() => _tokenLock.Dispose();

    public Uri ApiBase { get; } = new(connection.BaseUrl.ToString().TrimEnd('/') + "/api/");

    /// <summary>The real token host is oauth.app.shoprenter.net/{shop}; anything else (an emulator, a proxy) serves it beside the API.</summary>
    public Uri TokenUrl { get; } = connection.BaseUrl.Host.EndsWith(".api2.myshoprenter.hu", StringComparison.OrdinalIgnoreCase)
        ? new Uri($"https://oauth.app.shoprenter.net/{connection.BaseUrl.Host.Split('.')[0]}/app/token")
        : new Uri(connection.BaseUrl.ToString().TrimEnd('/') + "/app/token");

    public async Task<JsonDocument> GetAsync(string relative, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, new Uri(ApiBase, relative)), cancellationToken);
        return await ReadAsync(response, relative, cancellationToken);
    }

    public async Task<JsonDocument> PostAsync(string relative, object body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, new Uri(ApiBase, relative)) { Content = JsonContent.Create(body) }, cancellationToken);
        return await ReadAsync(response, relative, cancellationToken);
    }

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var message = request();
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(cancellationToken));
            message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            Interlocked.Increment(ref _calls);
            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(message, cancellationToken);
            }
            catch (HttpRequestException ex)
            {
                throw new ShopApiException($"Shoprenter at {connection.BaseUrl} could not be reached: {ex.Message}", ex);
            }

            // A token can be revoked or expire early: fetch a new one once before giving up.
            if (response.StatusCode == HttpStatusCode.Unauthorized && attempt == 0)
            {
                response.Dispose();
                _token = null;
                continue;
            }

            return response;
        }
    }

    private static async Task<JsonDocument> ReadAsync(HttpResponseMessage response, string what, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new ShopApiException($"Shoprenter answered {(int)response.StatusCode} for {what}: {MessageOf(text)}");
        }

        try
        {
            return JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            throw new ShopApiException($"Shoprenter sent a malformed or truncated response for {what} ({text.Length} characters): {ex.Message}", ex);
        }
    }

    private static string MessageOf(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Text("message") ?? document.RootElement.Text("error_description") ?? body;
        }
        catch (JsonException)
        {
            return body.Length > 200 ? body[..200] : body;
        }
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && clock.GetUtcNow() < _tokenExpires)
        {
            return cached;
        }

        await _tokenLock.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } again && clock.GetUtcNow() < _tokenExpires)
            {
                return again;
            }

            Interlocked.Increment(ref _calls);
            using var response = await http.PostAsJsonAsync(
                TokenUrl,
                new { grant_type = "client_credentials", client_id = connection.ClientId, client_secret = connection.Secret },
                cancellationToken);
            using var document = await ReadAsync(response, "the access token", cancellationToken);
            var root = document.RootElement;
            var token = root.TryGetProperty("access_token", out var t) ? t.GetString() : null;
            var lifetime = root.TryGetProperty("expires_in", out var e) && e.TryGetInt32(out var seconds) ? seconds : 3600;
            _token = token ?? throw new ShopApiException("Shoprenter's token response has no access_token");

            // Renew a minute early so a request never leaves with a token that expires in flight.
            _tokenExpires = clock.GetUtcNow().AddSeconds(Math.Max(0, lifetime - 60));
            return _token;
        }
        catch (HttpRequestException ex)
        {
            throw new ShopApiException($"Shoprenter's token endpoint {TokenUrl} could not be reached: {ex.Message}", ex);
        }
        finally
        {
            _tokenLock.Release();
        }
    }
}
