namespace Cartography.Web.Features.Backoffice.Editing;

/// <summary>One changed field as the diff view shows it: a readable field name and both values as text (null: empty).</summary>
public sealed record FieldChangeView(string Field, string? Before, string? After);
