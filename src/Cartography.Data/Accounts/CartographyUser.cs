using Cartography.Core.Cultures;
using Microsoft.AspNetCore.Identity;

namespace Cartography.Data.Accounts;

/// <summary>A back office account. The user name is the email address; a new account has no password until its owner sets one.</summary>
public sealed class CartographyUser : IdentityUser
{
    [PersonalData]
    public string DisplayName { get; set; } = "";

    /// <summary>The back office language the user chose (fr, nl, en), or null to follow the browser.</summary>
    public string? PreferredCulture { get; set; }

    /// <summary>For translators, the cultures whose texts they may edit, as codes separated by commas ("nl,en").</summary>
    public string? TranslatorCultures { get; set; }

    public Culture? Preferred() => Culture.TryParse(PreferredCulture, out var culture) ? culture : null;

    public IReadOnlyList<Culture> AssignedCultures() =>
        (TranslatorCultures ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
            .Select(code => Culture.TryParse(code, out var culture) ? culture : null)
            .OfType<Culture>().Distinct().ToList();

    public void AssignCultures(IEnumerable<Culture> cultures)
    {
        var codes = Culture.All.Intersect(cultures).Select(c => c.Code).ToList();
        TranslatorCultures = codes.Count == 0 ? null : string.Join(',', codes);
    }

    /// <summary>The name to show: the display name, else the email address.</summary>
    public string Name => string.IsNullOrWhiteSpace(DisplayName) ? Email ?? UserName ?? Id : DisplayName;
}
