using Cartography.Core.Content;

namespace Cartography.Data.Synthetic;

/// <summary>A generated organisation with the key and id it is stored under; initiatives point to it by <see cref="Id"/>.</summary>
public sealed record SyntheticOrganisation(string Key, Guid Id, Organisation Content);
