using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Shared;

/// <summary>Every public URL, built in one place.</summary>
public static class Links
{
    public static string Home(Culture culture) => $"/{culture.Code}/";

    public static string Initiatives(Culture culture) => $"/{culture.Code}/initiatives";

    public static string Initiative(Culture culture, Initiative initiative) =>
        $"/{culture.Code}/initiatives/{Uri.EscapeDataString(initiative.Slug.For(culture).Text)}";

    /// <summary>The organisation's public page; null while it has no slug (an old row the start-up backfill has not reached).</summary>
    public static string? Organisation(Culture culture, Organisation organisation) =>
        organisation.Slug.IsEmpty ? null : $"/{culture.Code}/organisations/{Uri.EscapeDataString(organisation.Slug.For(culture).Text)}";

    public static string Portraits(Culture culture) => $"/{culture.Code}/portraits";

    public static string Portrait(Culture culture, Portrait portrait) =>
        $"/{culture.Code}/portraits/{Uri.EscapeDataString(portrait.Slug.For(culture).Text)}";

    public static string Resources(Culture culture) => $"/{culture.Code}/resources";

    /// <summary>Where a verification reminder's link leads.</summary>
    public static string Verify(Culture culture, string token) => $"/{culture.Code}/verify/{Uri.EscapeDataString(token)}";

    /// <summary>The registration form; with <paramref name="changes"/>, proposing changes to that published initiative (moderated).</summary>
    public static string Register(Culture culture, Guid? changes = null) =>
        changes is { } id ? $"/{culture.Code}/register?changes={id}" : $"/{culture.Code}/register";

    public static string RegistrationReceived(Culture culture, bool emailFailed = false) =>
        $"/{culture.Code}/register/received" + (emailFailed ? "?email=failed" : "");

    /// <summary>A submitter's private link to their submission.</summary>
    public static string EditSubmission(Culture culture, string token) => $"/{culture.Code}/register/edit/{Uri.EscapeDataString(token)}";

    public static string Privacy(Culture culture) => $"/{culture.Code}/privacy";
}
