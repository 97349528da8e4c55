namespace Cartography.Core.Content;

/// <summary>One broken rule: the field, a stable code (a resource key for the interface) and a plain English message.</summary>
public sealed record RuleViolation(string Field, string Code, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}
