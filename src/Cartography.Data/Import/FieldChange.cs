namespace Cartography.Data.Import;

/// <summary>One CSV column an import would change: its cell as stored now (null for a new initiative) and as the file has it.</summary>
public sealed record FieldChange(string Column, string? Before, string? After);
