using System.Net.Mail;

namespace Cartography.Core.Content;

public static class EmailAddress
{
    public static bool IsValid(string? value) =>
        !string.IsNullOrWhiteSpace(value) && value.Length <= 254 &&
        MailAddress.TryCreate(value, out var address) && address.Address == value.Trim() && address.Host.Contains('.');
}
