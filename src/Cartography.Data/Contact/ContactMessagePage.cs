using Cartography.Data.Storage;

namespace Cartography.Data.Contact;

/// <summary>The messages of one page of the back office list and how many match the filter in all.</summary>
public sealed record ContactMessagePage(IReadOnlyList<ContactMessageRow> Messages, int Total);
