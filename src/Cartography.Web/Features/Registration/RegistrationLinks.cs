using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Registration;

/// <summary>The registration pages' URLs (kept beside them; <see cref="Shared.Links"/> holds the rest of the site's).</summary>
public static class RegistrationLinks
{
    public static string Register(Culture culture, Guid? changes = null) =>
        changes is { } id ? $"/{culture.Code}/register?changes={id}" : $"/{culture.Code}/register";

    public static string Received(Culture culture, bool emailFailed = false) =>
        $"/{culture.Code}/register/received" + (emailFailed ? "?email=failed" : "");

    public static string Edit(Culture culture, string token) => $"/{culture.Code}/register/edit/{Uri.EscapeDataString(token)}";

    public static string Privacy(Culture culture) => $"/{culture.Code}/privacy";
}
