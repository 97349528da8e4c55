namespace Cartography.Core.Contact;

/// <summary>What a message sent through the contact form is about: stable keys, in the form's order.</summary>
public static class ContactSubjects
{
    public const string Question = "question";
    public const string Correction = "correction";
    public const string PersonalData = "personal-data";
    public const string Other = "other";

    public static IReadOnlyList<string> All { get; } = [Question, Correction, PersonalData, Other];

    public static bool IsKnown(string? subject) => subject is not null && All.Contains(subject, StringComparer.Ordinal);
}
