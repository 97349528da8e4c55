using System.Net;
using System.Net.Sockets;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>The key a client's failed sign-ins are counted under: its IPv4 address, or the /64 network of an IPv6 one.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext http) => Key(http.Connection.RemoteIpAddress);

    public static string Key(IPAddress? address)
    {
        if (address is null) return "unknown";
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        if (address.AddressFamily != AddressFamily.InterNetworkV6) return address.ToString();
        // One IPv6 subscriber usually holds a whole /64: counting single addresses would give them billions of tries.
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
