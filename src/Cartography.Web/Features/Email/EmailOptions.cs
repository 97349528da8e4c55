using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace Cartography.Web.Features.Email;

/// <summary>
/// <c>Cartography:Email</c>: where the site's messages go. Without a <see cref="Host"/>, nothing is sent: each message
/// is written as an .eml file under <see cref="PickupFolder"/> in the data folder, so a fresh clone needs no server.
/// </summary>
public sealed class EmailOptions : IValidatableObject
{
    public const string Section = "Cartography:Email";

    /// <summary>The SMTP server; empty writes .eml files instead.</summary>
    public string? Host { get; set; }

    [Range(1, 65535)]
    public int Port { get; set; } = 587;

    public EmailSecurity Security { get; set; } = EmailSecurity.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender, e.g. <c>Cartographie de la pair-aidance &lt;noreply@example.org&gt;</c>.</summary>
    [Required]
    public string From { get; set; } = "Cartography <noreply@localhost>";

    /// <summary>Under the data folder unless absolute.</summary>
    [Required]
    public string PickupFolder { get; set; } = "mail";

    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 30;

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Host);

    /// <summary>An address with a domain ("Name &lt;a@b&gt;" or "a@b"); MimeKit alone also accepts a bare local part.</summary>
    public static bool IsAddress(string? text) =>
        MailboxAddress.TryParse(text, out var address) && address.Address.IndexOf('@') is > 0 and var at && at < address.Address.Length - 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsAddress(From))
            yield return new($"{Section}:From is not an address such as 'Name <noreply@example.org>'.", [nameof(From)]);
        if (UsesSmtp && string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
            yield return new($"{Section}:UserName and Password go together.", [nameof(UserName), nameof(Password)]);
    }
}
