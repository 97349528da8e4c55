namespace Cartography.Web.Features.Shared;

/// <summary>A ## or ### heading of a Markdown text: its level, its text and the id it was given in the HTML.</summary>
public sealed record MarkdownHeading(int Level, string Text, string Id);
