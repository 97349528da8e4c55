namespace Cartography.Web.Features.Backoffice.Content;

/// <summary>What an editor's fields receive from the shell: the draft, how to change it, and the last save's messages.</summary>
public sealed record EditorFields<T>(T Value, Func<T, Task> Change, IReadOnlyDictionary<string, IReadOnlyList<string>> Errors);
