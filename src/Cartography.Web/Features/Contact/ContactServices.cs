namespace Cartography.Web.Features.Contact;

public static class ContactServices
{
    /// <summary>The contact form's email to the editors; the form shares the registration's rate and size limits.</summary>
    public static WebApplicationBuilder AddContact(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ContactMail>();
        return builder;
    }
}
