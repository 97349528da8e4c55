using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Data.Editorial;

/// <summary>An item's latest save, for the dashboard.</summary>
public sealed record RecentChange(Guid Id, ContentType Type, LocalizedText Name, int Version, string SavedBy, DateTimeOffset SavedAt, EditState State);
