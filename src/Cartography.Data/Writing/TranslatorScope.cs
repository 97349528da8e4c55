using Cartography.Core.Cultures;
using Cartography.Core.Editorial;

namespace Cartography.Data.Writing;

/// <summary>
/// What a translator may change: texts in the cultures assigned to them, nothing else. Checked against the diff
/// between the latest version and what they save, whatever the form let through.
/// </summary>
internal static class TranslatorScope
{
    /// <summary>True when every change is a text in one of <paramref name="cultures"/> ("name.nl", "images.0.alt.nl").</summary>
    public static bool Allows(ContentDiff changes, IReadOnlySet<Culture> cultures) =>
        changes.Changes.All(change =>
            change.Path.LastIndexOf('.') is var dot and > 0 &&
            Culture.TryParse(change.Path[(dot + 1)..], out var culture) &&
            cultures.Contains(culture));
}
