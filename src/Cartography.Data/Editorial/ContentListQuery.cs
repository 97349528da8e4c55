namespace Cartography.Data.Editorial;

/// <summary>One page of a back office list: <paramref name="Search"/> matches part of a name in any culture or of the key, ignoring case and accents.</summary>
public sealed record ContentListQuery(string? Search = null, ContentSort Sort = ContentSort.LastSaved, bool Descending = true, int Page = 1, int PageSize = 20)
{
    public const int MaxPageSize = 200;
}
