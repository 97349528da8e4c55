namespace Cartography.Web.Features.Initiatives;

/// <summary>A public phone number as a <c>tel:</c> address a phone dials: digits and a leading +, whatever spacing it was written with.</summary>
public static class TelephoneLink
{
    /// <summary>Null when the text holds no digit to dial.</summary>
    public static string? Href(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone)) return null;
        // "+32 (0)2 ..." is how Belgian numbers are often printed; the bracketed trunk zero is not dialled from abroad.
        var text = phone.Replace("(0)", "", StringComparison.Ordinal).Trim();
        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0) return null;
        var international = text.StartsWith('+');
        if (!international && digits.StartsWith("00", StringComparison.Ordinal))
        {
            digits = digits[2..];
            international = true;
        }
        return "tel:" + (international ? "+" : "") + digits;
    }
}
