namespace Cartography.Core.Content;

/// <summary>
/// One broken rule: the field, a stable code (a resource key for the interface), a plain English message, and the
/// values the interface's message shows in its {0}, {1}... placeholders (the offending text, a limit).
/// </summary>
public sealed record RuleViolation(string Field, string Code, string Message, params IReadOnlyList<string> Arguments)
{
    public override string ToString() => $"{Field}: {Message}";

    public bool Equals(RuleViolation? other) =>
        other is not null && (Field, Code, Message) == (other.Field, other.Code, other.Message) && Arguments.SequenceEqual(other.Arguments);

    public override int GetHashCode() => HashCode.Combine(Field, Code, Message, Arguments.Count);
}
