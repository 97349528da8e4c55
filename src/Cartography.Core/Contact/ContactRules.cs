using System.Globalization;
using Cartography.Core.Content;

namespace Cartography.Core.Contact;

/// <summary>What makes a contact message fit to store: a name, an email address to answer, a known subject, a message, all bounded.</summary>
public static class ContactRules
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;
    public const int MaxTextLength = 5000;

    public static IReadOnlyList<RuleViolation> Validate(ContactMessage message)
    {
        var violations = new List<RuleViolation>();
        void Fail(string field, string code, string text, params string[] arguments) => violations.Add(new(field, code, text, arguments));
        static string Limit(int max) => max.ToString(CultureInfo.InvariantCulture);

        if (string.IsNullOrWhiteSpace(message.Name)) Fail("name", "Register_SubmitterName_Required", "your name is required");
        else if (message.Name.Length > MaxNameLength) Fail("name", "Register_TooLong", $"longer than {MaxNameLength} characters", Limit(MaxNameLength));
        if (string.IsNullOrWhiteSpace(message.Email)) Fail("email", "Register_SubmitterEmail_Required", "your email address is required");
        else if (message.Email.Length > MaxEmailLength) Fail("email", "Register_TooLong", $"longer than {MaxEmailLength} characters", Limit(MaxEmailLength));
        else if (!EmailAddress.IsValid(message.Email)) Fail("email", "Register_SubmitterEmail_Invalid", "not an email address");
        if (!ContactSubjects.IsKnown(message.Subject)) Fail("subject", "Contact_Subject_Required", "choose what the message is about");
        if (string.IsNullOrWhiteSpace(message.Text)) Fail("message", "Contact_Message_Required", "the message is empty");
        else if (message.Text.Length > MaxTextLength) Fail("message", "Register_TooLong", $"longer than {MaxTextLength} characters", Limit(MaxTextLength));
        return violations;
    }
}
