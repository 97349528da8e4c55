using System.Net;
using Cartography.Web.Tests.Registration;

namespace Cartography.Web.Tests.Contact;

public class ContactFormTests(ContactFactory factory) : IClassFixture<ContactFactory>
{
    private static string Marker() => Guid.NewGuid().ToString("n")[..10];

    [Theory]
    [InlineData("fr", "Contact")]
    [InlineData("nl", "Contact")]
    [InlineData("en", "Contact")]
    public async Task The_page_offers_the_four_subjects_says_what_happens_and_links_the_privacy_notice(string culture, string title)
    {
        var page = await factory.CreateClient().GetAsync($"/{culture}/contact", expectOk: true);

        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Equal(["question", "correction", "personal-data", "other"],
            page.QuerySelectorAll("input[name='Form.Subject']").Select(i => i.GetAttribute("value")));
        Assert.NotNull(page.QuerySelector($".contact-what-happens a[href='/{culture}/privacy']"));
        Assert.NotNull(page.QuerySelector("form.contact-form input[name='__RequestVerificationToken']"));
    }

    [Fact]
    public async Task A_valid_message_is_stored_then_the_visitor_is_sent_to_the_thank_you_page_and_the_editors_get_a_copy()
    {
        var marker = Marker();
        var client = factory.CreatePlainClient();

        var response = await client.SendAsync("/en/contact", ContactForms.Valid(marker));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/en/contact/sent", response.PathOfLocation());
        var stored = Assert.Single(await factory.StoredAsync(marker));
        Assert.Equal(("Visitor " + marker, $"visitor-{marker}@example.org", "question", "en"), (stored.Name, stored.Email, stored.Subject, stored.Culture));
        Assert.Equal(Cartography.Web.Features.Registration.PrivacyNotice.Version, stored.PrivacyNoticeVersion);
        Assert.True(stored.Emailed);
        Assert.Null(stored.ReadUtc);
        var mail = Assert.Single(factory.MailTo(ContactFactory.EditorsAddress).Where(m => m.TextBody.Contains(marker)));
        Assert.Equal([$"visitor-{marker}@example.org"], mail.ReplyTo.Mailboxes.Select(m => m.Address));
        Assert.DoesNotContain(marker, mail.Subject);
        Assert.Contains("/backoffice/messages/" + stored.Id, mail.TextBody);
        var thanks = await client.GetAsync("/en/contact/sent", expectOk: true);
        Assert.Equal("Message received", thanks.QuerySelector("h1")!.TextContent);
    }

    public static TheoryData<string, string, string, string> Invalid => new()
    {
        { "Form.Name", "", "name", "Indiquez votre nom." },
        { "Form.Name", new string('n', 201), "name", "Ce texte est trop long (200 caractères au plus)." },
        { "Form.Email", "", "email", "Indiquez votre adresse e-mail." },
        { "Form.Email", "not-an-address", "email", "Cette adresse e-mail n'est pas valide (par exemple nom@exemple.be)." },
        { "Form.Subject", "", "subject", "Choisissez l'objet de votre message." },
        { "Form.Subject", "complaint", "subject", "Choisissez l'objet de votre message." },
        { "Form.Message", "   ", "message", "Écrivez votre message." },
        { "Form.Message", new string('m', 5001), "message", "Ce texte est trop long (5000 caractères au plus)." },
        { "Form.Consent", "", "consent", "Pour envoyer le formulaire, acceptez la déclaration de confidentialité." },
    };

    [Theory]
    [MemberData(nameof(Invalid))]
    public async Task An_invalid_field_gets_a_422_with_its_message_beside_it_keeps_what_was_typed_and_stores_nothing(
        string field, string value, string id, string message)
    {
        var marker = Marker();
        var fields = ContactForms.Valid(marker).With(field, value);

        var response = await factory.CreatePlainClient().SendAsync("/fr/contact", fields);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.EndsWith(message, page.QuerySelector($"#{id}-error")?.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll(".error-summary a"), a => a.TextContent == message);
        Assert.Empty(await factory.StoredAsync(marker));
        if (field != "Form.Message") Assert.Contains(marker, page.QuerySelector("textarea[name='Form.Message']")!.TextContent);
    }

    [Fact]
    public async Task A_filled_honeypot_is_refused_in_the_pages_language_and_nothing_is_stored()
    {
        var marker = Marker();

        var response = await factory.CreatePlainClient().SendAsync("/nl/contact", [.. ContactForms.Valid(marker), new("Form.Homepage", "http://spam.example")]);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Laat dit veld leeg", page.QuerySelector(".notice")!.TextContent);
        Assert.Empty(await factory.StoredAsync(marker));
    }

    [Fact]
    public async Task A_post_without_a_valid_antiforgery_token_comes_back_with_its_input_and_stores_nothing()
    {
        var marker = Marker();
        var client = factory.CreatePlainClient();

        var response = await client.PostAsync("/en/contact", new FormUrlEncodedContent(
            [.. ContactForms.Valid(marker), new("_handler", "contact"), new("__RequestVerificationToken", "forged")]));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(page.QuerySelector(".notice"));
        Assert.Empty(await factory.StoredAsync(marker));
    }

    [Fact]
    public async Task Opened_from_an_initiative_the_form_remembers_it_and_chooses_correction()
    {
        var marker = Marker();
        var client = factory.CreatePlainClient();
        var initiative = await InitiativeAsync(client);

        var form = await client.GetAsync($"/fr/contact?initiative={initiative}", expectOk: true);
        var response = await client.SendAsync($"/fr/contact?initiative={initiative}",
            ContactForms.Valid(marker).Where(f => f.Key != "Form.Subject").Append(new("Form.Subject", "correction")));

        Assert.Equal("correction", form.QuerySelector("input[name='Form.Subject'][checked]")?.GetAttribute("value"));
        Assert.Equal(initiative.ToString(), form.QuerySelector("input[name='Form.Initiative']")?.GetAttribute("value"));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal(initiative, Assert.Single(await factory.StoredAsync(marker)).InitiativeId);
    }

    [Fact]
    public async Task An_initiative_not_in_the_directory_is_a_404_to_open_and_a_form_error_to_post()
    {
        var marker = Marker();
        var client = factory.CreatePlainClient();
        var unknown = Guid.NewGuid();

        var opened = await client.GetAsync($"/fr/contact?initiative={unknown}");
        var posted = await client.SendAsync("/fr/contact", [.. ContactForms.Valid(marker), new("Form.Initiative", unknown.ToString())]);
        var garbage = await client.SendAsync("/fr/contact", [.. ContactForms.Valid(marker), new("Form.Initiative", "<script>")]);

        Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, posted.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, garbage.StatusCode);
        Assert.NotNull((await Html.ParseAsync(posted)).QuerySelector(".error-summary a[href='#initiative-error']"));
        Assert.Empty(await factory.StoredAsync(marker));
    }

    [Fact]
    public async Task Each_initiative_page_links_a_correction_to_the_editors()
    {
        var client = factory.CreatePlainClient();
        var (initiative, url) = await InitiativeWithUrlAsync(client, "nl");

        var page = await client.GetAsync(url, expectOk: true);

        Assert.NotNull(page.QuerySelector($".report-correction a[href='/nl/contact?initiative={initiative}']"));
    }

    private static async Task<Guid> InitiativeAsync(HttpClient client) => (await InitiativeWithUrlAsync(client, "fr")).Id;

    private static async Task<(Guid Id, string Url)> InitiativeWithUrlAsync(HttpClient client, string culture)
    {
        using var list = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/api/v1/initiatives?culture={culture}&take=1"));
        var first = list.RootElement.GetProperty("items")[0];
        return (first.GetProperty("id").GetGuid(), new Uri(new Uri("http://localhost"), first.GetProperty("url").GetString()).PathAndQuery);
    }
}
