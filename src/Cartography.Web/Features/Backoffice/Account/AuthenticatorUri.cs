using System.Text;

namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>The key of an authenticator app, as people type it and as the otpauth URI apps import (RFC 6238, SHA-1, 30 s, 6 digits).</summary>
public static class AuthenticatorUri
{
    public const string Issuer = "Cartography";

    public static string For(string email, string key) =>
        $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(email)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";

    /// <summary>The key in groups of four, lower case, easier to copy by hand.</summary>
    public static string Readable(string key)
    {
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4) text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        return text.ToString().TrimEnd().ToLowerInvariant();
    }
}
