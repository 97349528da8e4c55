namespace Cartography.Web.Features.Contact;

/// <summary>The ids of the contact form's fields, which the rules' field names and the error summary's links use.</summary>
public static class ContactFields
{
    public const string Name = "name";
    public const string Email = "email";
    public const string Subject = "subject";
    public const string Message = "message";
    public const string Consent = "consent";
    public const string Initiative = "initiative";
    public const string Homepage = "homepage";

    public static IReadOnlyList<string> InOrder { get; } = [Name, Email, Subject, Message, Consent, Initiative];
}
