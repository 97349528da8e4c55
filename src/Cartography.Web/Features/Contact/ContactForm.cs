namespace Cartography.Web.Features.Contact;

/// <summary>The contact form as posted: strings exactly as typed, so that a refused form comes back as the visitor wrote it.</summary>
public sealed class ContactForm
{
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Subject { get; set; }
    public string? Message { get; set; }
    public string? Consent { get; set; }
    /// <summary>The initiative a correction is about (a hidden field, checked on the server like everything else).</summary>
    public string? Initiative { get; set; }
    /// <summary>The honeypot: hidden from people, filled by robots.</summary>
    public string? Homepage { get; set; }
}
