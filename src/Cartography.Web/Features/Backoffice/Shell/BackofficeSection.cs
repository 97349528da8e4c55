namespace Cartography.Web.Features.Backoffice.Shell;

/// <summary>An entry of the back office navigation: where it goes, its label's resource key, and who may see it.</summary>
public sealed record BackofficeSection(string Href, string LabelKey, string Policy);
