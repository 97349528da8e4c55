using Cartography.Data.Contact;
using Cartography.Data.Storage;
using Cartography.Web.Tests.Registration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Contact;

/// <summary>The site with an editors' address, so the contact form emails a copy (to the pickup folder unless told otherwise).</summary>
public class ContactFactory : RegistrationFactory
{
    public const string EditorsAddress = "editors@cartography.example.be";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (ContactEmail is { } address) builder.UseSetting("Cartography:Operator:ContactEmail", address);
    }

    /// <summary>The editors' address the site is configured with; null leaves it unset.</summary>
    protected virtual string? ContactEmail => EditorsAddress;

    public ContactMessageStore Messages => Services.GetRequiredService<ContactMessageStore>();

    /// <summary>The stored messages whose text contains <paramref name="marker"/>.</summary>
    public async Task<IReadOnlyList<ContactMessageRow>> StoredAsync(string marker)
    {
        await using var context = Services.GetRequiredService<CartographyDatabase>().CreateContext();
        return await context.ContactMessages.AsNoTracking().Where(m => m.Message.Contains(marker) || m.Name.Contains(marker)).ToListAsync();
    }
}

/// <summary>The contact form filled in as a browser sends it.</summary>
public static class ContactForms
{
    public static List<KeyValuePair<string, string>> Valid(string marker) =>
    [
        new("Form.Name", "Visitor " + marker),
        new("Form.Email", $"visitor-{marker}@example.org"),
        new("Form.Subject", "question"),
        new("Form.Message", "Is the map updated every year? " + marker),
        new("Form.Consent", "yes"),
    ];

    /// <summary>Opens the contact page, then posts its form with the hidden fields it carries and <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> SendAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var page = await Html.ParseAsync(await client.GetAsync(pageUrl));
        var form = page.QuerySelector("form.contact-form") ?? throw new InvalidOperationException($"No contact form on {pageUrl}");
        var hidden = form.QuerySelectorAll("input[type=hidden]").Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        var posted = fields.ToList();
        return await client.PostAsync(form.GetAttribute("action") ?? pageUrl,
            new FormUrlEncodedContent([.. hidden.Where(h => posted.All(p => p.Key != h.Key)), .. posted]));
    }
}
