using System.ComponentModel.DataAnnotations;

namespace Cartography.Web.Features.Shared;

/// <summary>
/// <c>Cartography:Operator</c>: who runs this copy of the site — the publisher the about page and the legal notice
/// name, the data controller of the privacy notice, and the editors' address the contact form writes to. Each install
/// sets its own; the defaults describe a team that has not said who it is yet, and are shown as such.
/// </summary>
public sealed class OperatorOptions
{
    public const string Section = "Cartography:Operator";

    /// <summary>The organisation that publishes the site (a non-profit, an administration).</summary>
    [Required, StringLength(200)]
    public string Name { get; set; } = "Cartography";

    /// <summary>Its postal address, one line ("Rue de l'Exemple 1, 1000 Bruxelles"); empty when not published.</summary>
    [StringLength(300)]
    public string? Address { get; set; }

    /// <summary>Its company number (BCE/KBO), e.g. "0123.456.789"; empty when not published.</summary>
    [StringLength(20)]
    public string? CompanyNumber { get; set; }

    /// <summary>The public contact address shown on the about page and the legal notice.</summary>
    [EmailAddress, StringLength(254)]
    public string? Email { get; set; }

    /// <summary>Where the contact form's messages are emailed (the editors); when empty they are only listed in the back office.</summary>
    [EmailAddress, StringLength(254)]
    public string? ContactEmail { get; set; }

    /// <summary>The hosting provider, for the legal notice ("Name, address").</summary>
    [StringLength(300)]
    public string? Host { get; set; }

    /// <summary>An empty setting (<c>Cartography__Operator__ContactEmail=</c>, <c>"Email": ""</c>) means "not set", not an invalid address.</summary>
    public static void TreatEmptyAsUnset(OperatorOptions options)
    {
        options.Address = Unset(options.Address);
        options.CompanyNumber = Unset(options.CompanyNumber);
        options.Email = Unset(options.Email);
        options.ContactEmail = Unset(options.ContactEmail);
        options.Host = Unset(options.Host);

        static string? Unset(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
