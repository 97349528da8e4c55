namespace Cartography.Data.Editorial;

/// <summary>A page of a back office list and how many items match in all.</summary>
public sealed record ContentPage(int Total, int Page, int PageSize, IReadOnlyList<ContentListItem> Items);
