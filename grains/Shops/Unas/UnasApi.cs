using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using ChatBuddy.GrainInterfaces.Shops;

namespace ChatBuddy.Grains.Shops.Unas;

/// <summary>
/// The HTTP side of UNAS: XML POSTs to /shop/{function}, a login token reused for its 2 h life,
/// every call taken from the hourly budget first, and <c>&lt;Error&gt;</c> bodies (bans included)
/// turned into clear errors with a retry time.
/// </summary>
public sealed partial class UnasApi(HttpClient http, ShopConnection connection, UnasCallBudget budget, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _loginLock = new(1, 1);
    private string? _token;
    private DateTimeOffset _tokenExpires;
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Dispose() => _loginLock.Dispose();

    public UnasCallBudget Budget => budget;

    /// <summary>Posts <c>&lt;Params&gt;</c> to a function; <paramref name="many"/> says which hourly budget the call costs.</summary>
    public async Task<XElement> CallAsync(string function, bool many, XElement parameters, CancellationToken cancellationToken)
    {
        var token = await TokenAsync(cancellationToken);
        budget.Take(function, many);
        return await PostAsync(function, parameters, token, cancellationToken);
    }

    private async Task<XElement> PostAsync(string function, XElement parameters, string? token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(connection.BaseUrl.ToString().TrimEnd('/') + "/shop/" + function))
        {
            Content = new StringContent(new XDeclaration("1.0", "UTF-8", null) + parameters.ToString(SaveOptions.DisableFormatting), Encoding.UTF8, "application/xml"),
        };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        Interlocked.Increment(ref _calls);
        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            throw new ShopApiException($"UNAS at {connection.BaseUrl} could not be reached: {ex.Message}", ex);
        }

        using (response)
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            XElement root;
            try
            {
                root = XElement.Parse(text);
            }
            catch (XmlException ex)
            {
                throw new ShopApiException($"UNAS sent a malformed or truncated response to {function} ({text.Length} characters): {ex.Message}", ex);
            }

            if (root.Name.LocalName == "Error" || !response.IsSuccessStatusCode)
            {
                var message = root.Name.LocalName == "Error" ? root.Value : root.Element("Error")?.Value ?? text;
                if (BanPattern().Match(message) is { Success: true } ban
                    && DateTime.TryParseExact(ban.Groups[1].Value, "MM.dd.yyyy HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                {
                    var until = Budapest.FromLocal(local);
                    budget.Banned(until);
                    throw new ShopApiException($"UNAS refused {function}: {message}. The sync stopped and can retry at {until:yyyy-MM-dd HH:mm:ss} UTC.", until);
                }

                throw new ShopApiException($"UNAS refused {function} ({(int)response.StatusCode}): {message}");
            }

            return root;
        }
    }

    private async Task<string> TokenAsync(CancellationToken cancellationToken)
    {
        if (_token is { } cached && clock.GetUtcNow() < _tokenExpires)
        {
            return cached;
        }

        await _loginLock.WaitAsync(cancellationToken);
        try
        {
            if (_token is { } again && clock.GetUtcNow() < _tokenExpires)
            {
                return again;
            }

            budget.Take("login", many: false);
            var login = await PostAsync("login", new XElement("Params", new XElement("ApiKey", connection.Secret), new XElement("WebshopInfo", "false")), null, cancellationToken);
            _token = login.Element("Token")?.Value is { Length: > 0 } token ? token : throw new ShopApiException("UNAS's login answer has no token");
            var expires = DateTime.TryParseExact(login.Element("Expire")?.Value, "yyyy.MM.dd HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
                ? Budapest.FromLocal(local)
                : clock.GetUtcNow().AddHours(2);

            // Renew five minutes early: a long listing call must not outlive its token.
            _tokenExpires = expires.AddMinutes(-5);
            return _token;
        }
        finally
        {
            _loginLock.Release();
        }
    }

    [GeneratedRegex(@"IP is banned till (\d\d\.\d\d\.\d{4} \d\d:\d\d:\d\d)")]
    private static partial Regex BanPattern();
}
