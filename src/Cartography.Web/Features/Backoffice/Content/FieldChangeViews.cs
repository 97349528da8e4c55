using Cartography.Core.Cultures;
using Cartography.Core.Editorial;
using Cartography.Web.Features.Backoffice.Editing;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Backoffice.Content;

/// <summary>A content diff as the diff table shows it: field paths turned into labels, list changes into text.</summary>
public static class FieldChangeViews
{
    // The first segment of a diff path and the label it is shown with; unknown paths are shown as they are.
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["name"] = "Editor_Name", ["title"] = "Editor_Title", ["description"] = "Editor_Description", ["summary"] = "Editor_Summary",
        ["body"] = "Editor_Body", ["sectors"] = "Filter_Sector", ["types"] = "Filter_Type", ["publics"] = "Filter_Public",
        ["status"] = "Filter_Status", ["languages"] = "Initiative_Languages", ["address"] = "Initiative_Address",
        ["location"] = "Editor_Location", ["website"] = "Initiative_Website", ["contact"] = "Editor_Contact",
        ["organisationId"] = "Editor_Organisation", ["peerWorkerCount"] = "Editor_PeerWorkerCount", ["startedYear"] = "Initiative_Started",
        ["activity"] = "Editor_Activity", ["lastVerified"] = "Editor_LastVerified", ["images"] = "Editor_Images",
        ["initiativeIds"] = "Editor_LinkedInitiatives", ["date"] = "Editor_Date", ["kind"] = "Editor_OrganisationKind",
        ["category"] = "Editor_ResourceCategory", ["documentLanguage"] = "Resource_DocumentLanguage", ["authors"] = "Editor_Authors",
        ["year"] = "Editor_Year", ["link"] = "Editor_Link_Address", ["slug"] = "Editor_Slug",
        ["themes"] = "Resource_Themes", ["publisher"] = "Resource_Publisher", ["doi"] = "Resource_Doi",
        ["hours"] = "Visit_Hours", ["contactModes"] = "Visit_ContactModes", ["cost"] = "Visit_Cost", ["accessibility"] = "Visit_Accessibility",
    };

    public static IReadOnlyList<FieldChangeView> Of(ContentDiff diff, IStringLocalizer<SharedResource> localizer) =>
        [.. diff.Changes.Select(change => new FieldChangeView(
            Label(change.Path, localizer),
            change.IsList ? Joined(change.Removed) : change.Before,
            change.IsList ? Joined(change.Added) : change.After))];

    private static string Label(string path, IStringLocalizer<SharedResource> localizer)
    {
        var segments = path.Split('.');
        var label = Labels.TryGetValue(segments[0], out var key) ? localizer[key].Value : segments[0];
        var rest = segments.Skip(1).Select(segment => Culture.TryParse(segment, out var culture) && segment == culture.Code
            ? localizer[$"LanguageName_{culture.Code}"].Value
            : segment);
        return segments.Length == 1 ? label : $"{label} ({string.Join(", ", rest)})";
    }

    private static string? Joined(IReadOnlyList<string> items) => items.Count == 0 ? null : string.Join(", ", items);
}
