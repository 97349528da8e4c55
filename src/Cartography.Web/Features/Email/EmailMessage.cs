namespace Cartography.Web.Features.Email;

/// <summary>A message to one person, as plain text (every mail client reads it; nothing to sanitize).</summary>
public sealed record EmailMessage(string To, string Subject, string Text)
{
    /// <summary>Where an answer goes when it is not the sender (the visitor who wrote through the contact form).</summary>
    public string? ReplyTo { get; init; }
}
