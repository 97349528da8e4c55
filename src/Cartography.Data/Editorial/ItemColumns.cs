using Cartography.Core.Cultures;
using Cartography.Core.Editorial;
using Cartography.Data.Storage;

namespace Cartography.Data.Editorial;

/// <summary>Copies what the back office lists show of the latest version onto its item row.</summary>
internal static class ItemColumns
{
    public static void DescribeLatest(ContentItemRow row, object content, string author, DateTime savedUtc)
    {
        var summary = ContentSummary.Of(content);
        row.NameFr = summary.Name.In(Culture.Fr);
        row.NameNl = summary.Name.In(Culture.Nl);
        row.NameEn = summary.Name.In(Culture.En);
        row.SortName = TextFolding.Fold(summary.Name.For(Culture.Fr).Text);
        row.SearchText = TextFolding.Fold(string.Join('\n', summary.Name.Values.Select(v => v.Value).Append(row.Key ?? "")));
        row.TranslatedFr = summary.IsTranslatedIn(Culture.Fr);
        row.TranslatedNl = summary.IsTranslatedIn(Culture.Nl);
        row.TranslatedEn = summary.IsTranslatedIn(Culture.En);
        row.LastVerified = summary.LastVerified;
        row.LastSavedBy = author;
        row.LastSavedUtc = savedUtc;
    }
}
