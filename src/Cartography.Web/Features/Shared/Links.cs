using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Web.Features.Shared;

/// <summary>Every public URL, built in one place.</summary>
public static class Links
{
    public static string Home(Culture culture) => $"/{culture.Code}/";

    /// <summary>The search of every initiative: the home page, the one search interface (the old list address redirects there).</summary>
    public static string Initiatives(Culture culture) => Home(culture);

    public static string Initiative(Culture culture, Initiative initiative) =>
        $"/{culture.Code}/initiatives/{Uri.EscapeDataString(initiative.Slug.For(culture).Text)}";

    /// <summary>The organisation's public page; null while it has no slug (an old row the start-up backfill has not reached).</summary>
    public static string? Organisation(Culture culture, Organisation organisation) =>
        organisation.Slug.IsEmpty ? null : $"/{culture.Code}/organisations/{Uri.EscapeDataString(organisation.Slug.For(culture).Text)}";

    public static string Portraits(Culture culture) => $"/{culture.Code}/portraits";

    public static string Portrait(Culture culture, Portrait portrait) =>
        $"/{culture.Code}/portraits/{Uri.EscapeDataString(portrait.Slug.For(culture).Text)}";

    public static string Resources(Culture culture) => $"/{culture.Code}/resources";

    /// <summary>The library searched and filtered: the GET form's own address, so a search can be shared and bookmarked.</summary>
    public static string Resources(Culture culture, string? q, string? category = null, string? theme = null, string? language = null) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(Resources(culture),
            new Dictionary<string, string?> { ["q"] = q, ["category"] = category, ["theme"] = theme, ["language"] = language }
                .Where(p => !string.IsNullOrEmpty(p.Value)));

    /// <summary>A resource's own page; the library's list while it has no slug in that culture (a record the start-up backfill has not reached).</summary>
    public static string Resource(Culture culture, Resource resource) =>
        resource.Slug.In(culture) is { Length: > 0 } slug ? $"/{culture.Code}/resources/{Uri.EscapeDataString(slug)}" : Resources(culture);

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

    // The footer's pages. Those not written yet (about, how the map is made, accessibility, legal notice, contact)
    // lead to the nearest page that exists; a later issue gives each its own editorial page.

    /// <summary>What the directory is: for now the home page's introduction.</summary>
    public static string About(Culture culture) => Home(culture) + "#about";

    /// <summary>How the map is made: for now the resources, where the methodological guide is.</summary>
    public static string HowTheMapIsMade(Culture culture) => Resources(culture);

    /// <summary>The accessibility statement: for now the privacy notice.</summary>
    public static string Accessibility(Culture culture) => Privacy(culture);

    /// <summary>The legal notice: for now the privacy notice, which names who keeps the data.</summary>
    public static string LegalNotice(Culture culture) => Privacy(culture);

    /// <summary>The contact form; with <paramref name="initiative"/>, a correction to that published initiative.</summary>
    public static string Contact(Culture culture, Guid? initiative = null) =>
        initiative is { } id ? $"/{culture.Code}/contact?initiative={id}" : $"/{culture.Code}/contact";

    /// <summary>The thank-you page after a contact message was stored.</summary>
    public static string ContactSent(Culture culture) => $"/{culture.Code}/contact/sent";

    /// <summary>The directory as open data: for now the JSON API's list of initiatives, in the page's language.</summary>
    public static string OpenData(Culture culture) => $"/api/v1/initiatives?culture={culture.Code}";

    /// <summary>A published page: /{lang}/{slug}, a child under its parent's slug.</summary>
    public static string Page(Culture culture, Page page, Page? parent) => parent is null
        ? $"/{culture.Code}/{Uri.EscapeDataString(page.Slug.For(culture).Text)}"
        : $"/{culture.Code}/{Uri.EscapeDataString(parent.Slug.For(culture).Text)}/{Uri.EscapeDataString(page.Slug.For(culture).Text)}";
}
