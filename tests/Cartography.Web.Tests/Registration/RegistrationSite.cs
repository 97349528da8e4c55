using AngleSharp.Dom;
using Cartography.Data.Registration;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace Cartography.Web.Tests.Registration;

/// <summary>The site with a rate limit high enough for a test class's many posts; subclasses tighten what they test.</summary>
public class RegistrationFactory : CartographyFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cartography:Registration:PostsPerWindow", "1000");
    }

    public SubmissionStore Store => Services.GetRequiredService<SubmissionStore>();

    public string MailFolder => Path.Combine(DataPath, "mail");

    /// <summary>The messages written to the pickup folder for <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> MailTo(string address) =>
        Directory.Exists(MailFolder)
            ? Directory.GetFiles(MailFolder, "*.eml").Select(path => MimeMessage.Load(path)).Where(m => m.To.Mailboxes.Any(b => b.Address == address)).ToList()
            : [];

    /// <summary>The pending submissions whose proposed name contains <paramref name="marker"/>.</summary>
    public async Task<IReadOnlyList<SubmittedContent>> PendingNamedAsync(string marker)
    {
        var page = await Store.PendingAsync(1, 1000);
        return page.Submissions.Where(s => s.Proposed.Name.Values.Any(v => v.Value.Contains(marker))).ToList();
    }
}

/// <summary>Filling in the registration form the way a browser does: the hidden fields as the page gave them, then the visitor's.</summary>
public static class RegistrationForms
{
    /// <summary>A complete, valid new registration whose name and submitter carry <paramref name="marker"/>.</summary>
    /// <remarks>The name and description are in French, and also in the page's language, where they are required.</remarks>
    public static List<KeyValuePair<string, string>> Valid(string marker, string culture = "fr") =>
    [
        new("Form.Organisation", "Une organisation nouvelle " + marker),
        new("Form.NameFr", "Groupe de parole " + marker),
        new("Form.DescriptionFr", "Un groupe de parole entre pairs, chaque mardi soir."),
        .. culture == "fr" ? Array.Empty<KeyValuePair<string, string>>() :
        [
            new($"Form.Name{char.ToUpperInvariant(culture[0])}{culture[1]}", "Peer group " + marker),
            new($"Form.Description{char.ToUpperInvariant(culture[0])}{culture[1]}", "A peer support group, every Tuesday evening."),
        ],
        new("Form.Sectors", "mental-health"),
        new("Form.Sectors", "addiction"),
        new("Form.Types", "groups"),
        new("Form.Status", "volunteer"),
        new("Form.PeerWorkers", "3"),
        new("Form.Publics", "adults"),
        new("Form.Street", "Rue Haute 12"),
        new("Form.PostalCode", "1000"),
        new("Form.City", "Bruxelles"),
        new("Form.Latitude", "50,8410"),
        new("Form.Longitude", "4.3490"),
        new("Form.Website", "www.example.be"),
        new("Form.Email", "contact@example.be"),
        new("Form.Phone", "02 123 45 67"),
        new("Form.Languages", "fr"),
        new("Form.Languages", "nl"),
        new("Form.StartedYear", "2019"),
        new("Form.SubmitterName", "Submitter " + marker),
        new("Form.SubmitterEmail", $"person-{marker}@example.org"),
        new("Form.SubmitterRole", "coordinatrice"),
        new("Form.Consent", "yes"),
    ];

    /// <summary><paramref name="fields"/> with every value of <paramref name="name"/> replaced by <paramref name="values"/> (none removes it).</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, params string[] values) =>
        [.. fields.Where(f => f.Key != name), .. values.Select(v => new KeyValuePair<string, string>(name, v))];

    public static async Task<IElement> FormAsync(this HttpClient client, string pageUrl)
    {
        var page = await Html.ParseAsync(await client.GetAsync(pageUrl));
        return page.QuerySelector("form.register-form") ?? throw new InvalidOperationException($"No registration form on {pageUrl}: {page.Body?.TextContent}");
    }

    /// <summary>Opens the page, then posts its form with the hidden fields it carries and <paramref name="fields"/>.</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var form = await client.FormAsync(pageUrl);
        var hidden = form.QuerySelectorAll("input[type=hidden]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return await client.PostAsync(form.GetAttribute("action") ?? pageUrl, new FormUrlEncodedContent([.. hidden, .. fields]));
    }

    /// <summary>The form's own values as a browser would send them: text, ticked boxes, textareas.</summary>
    public static List<KeyValuePair<string, string>> CurrentValues(this IElement form) =>
    [
        .. form.QuerySelectorAll("input[type=text], input[type=email], input[type=url], input[type=tel]")
            .Where(i => i.GetAttribute("name") != "Form.Homepage")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? "")),
        .. form.QuerySelectorAll("input[type=checkbox][checked], input[type=radio][checked]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value")!)),
        .. form.QuerySelectorAll("textarea").Select(t => new KeyValuePair<string, string>(t.GetAttribute("name")!, t.TextContent)),
    ];

    public static string? PathOfLocation(this HttpResponseMessage response) =>
        response.Headers.Location is { } location ? new Uri(new Uri("http://localhost"), location).PathAndQuery : null;
}
