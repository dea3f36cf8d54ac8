using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace ChatBuddy.Frontend.Security;

/// <summary>
/// A client address as the logs, limits and audit may hold it: an address is personal data, so only the
/// first 16 hex characters of its SHA-256 leave the request.
/// </summary>
public static class ClientAddress
{
    public static string? Of(HttpContext? http) => http?.Connection.RemoteIpAddress is { } address ? Normal(address).ToString() : null;

    public static IPAddress Normal(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    public static string Hash(string address) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(address)))[..16];

    public static string Actor(string? address) => address is null ? "ip:unknown" : $"ip:{Hash(address)}";

    public static string Hash(IPAddress address) => Hash(Normal(address).ToString());
}
