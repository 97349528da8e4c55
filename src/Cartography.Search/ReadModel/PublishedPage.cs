using Cartography.Core.Content;

namespace Cartography.Search.ReadModel;

/// <summary>A published page with its stable key (a seed file's name), by which the site links the pages it names.</summary>
public sealed record PublishedPage(Guid Id, string? Key, Page Content);
