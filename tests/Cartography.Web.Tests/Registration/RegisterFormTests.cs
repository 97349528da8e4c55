using System.Net;
using System.Text.RegularExpressions;
using Cartography.Core.Registration;
using Cartography.Web.Features.Registration;

namespace Cartography.Web.Tests.Registration;

public class RegisterFormTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private readonly HttpClient client = factory.CreatePlainClient();

    private static string Marker() => Guid.NewGuid().ToString("n")[..10];

    [Theory]
    [InlineData("fr", "Nom de l'initiative", "Vos coordonnées (privées)")]
    [InlineData("nl", "Naam van het initiatief", "Uw gegevens (privé)")]
    [InlineData("en", "Name of the initiative", "About you (private)")]
    public async Task The_form_speaks_the_page_language_and_labels_every_field(string culture, string nameLabel, string privateLegend)
    {
        var response = await client.GetAsync($"/{culture}/register");
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith(nameLabel, page.QuerySelector($"label[for=name-{culture}]")!.TextContent.Trim());
        Assert.Equal(privateLegend, page.QuerySelector(".private-section legend")!.TextContent.Trim());
        var form = page.QuerySelector("form.register-form")!;
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotEmpty(form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
        foreach (var input in form.QuerySelectorAll("input:not([type=hidden]), textarea"))
        {
            Assert.True(page.QuerySelector($"label[for='{input.Id}']") is not null, $"no label for #{input.Id}");
            if (input.GetAttribute("type") is not ("checkbox" or "radio")) Assert.NotNull(input.GetAttribute("maxlength"));
        }
        Assert.Contains(PrivacyNotice.Version, page.QuerySelector("label[for=consent]")!.TextContent);
        Assert.Equal($"/{culture}/privacy", page.QuerySelector("label[for=consent] a")!.GetAttribute("href"));
        var honeypot = page.QuerySelector("#homepage")!;
        Assert.Equal("-1", honeypot.GetAttribute("tabindex"));
        Assert.Equal("off", honeypot.GetAttribute("autocomplete"));
        Assert.Contains("register-map.js", page.QuerySelector("script[type=module]")!.GetAttribute("src"));
    }

    [Fact]
    public async Task A_valid_registration_is_stored_with_its_private_details_and_consent_then_confirmed_by_email()
    {
        var marker = Marker();
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var response = await client.SubmitAsync("/fr/register", RegistrationForms.Valid(marker));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/fr/register/received", response.PathOfLocation());
        var stored = Assert.Single(await factory.PendingNamedAsync(marker));
        Assert.Equal("fr", stored.Culture.Code);
        Assert.Equal(["mental-health", "addiction"], stored.Proposed.Sectors);
        Assert.Equal("1000", stored.Proposed.Address.PostalCode);
        Assert.Equal(50.841, stored.Proposed.Location!.Value.Latitude, 6);
        Assert.Equal("https://www.example.be", stored.Proposed.Website);
        Assert.Equal(2019, stored.Proposed.StartedYear);
        Assert.Null(stored.Proposed.OrganisationId);
        Assert.Equal("Une organisation nouvelle " + marker, stored.NewOrganisation);
        var details = (await factory.Store.PrivateDetailsAsync(stored.Id))!;
        Assert.Equal(new Submitter("Submitter " + marker, $"person-{marker}@example.org", "coordinatrice"), details.Submitter);
        Assert.Equal(PrivacyNotice.Version, details.Consent.PrivacyNoticeVersion);
        Assert.InRange(details.Consent.GivenAt, before, DateTimeOffset.UtcNow.AddSeconds(1));

        var mail = Assert.Single(factory.MailTo($"person-{marker}@example.org"));
        Assert.Equal("Votre inscription est bien reçue", mail.Subject);
        Assert.Contains("Groupe de parole " + marker, mail.TextBody);
        Assert.Contains("lien est privé", mail.TextBody);
        var link = Regex.Match(mail.TextBody ?? "", @"https?://\S+/fr/register/edit/\S+").Value;
        var edit = await client.GetAsync(new Uri(link).PathAndQuery);
        var editPage = await Html.ParseAsync(edit);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Equal("Groupe de parole " + marker, editPage.QuerySelector("#name-fr")!.GetAttribute("value"));
        Assert.Null(editPage.QuerySelector("#submitter-email"));

        var received = await client.GetAsync("/fr/register/received", expectOk: true);
        Assert.Equal("Merci, votre inscription est bien reçue", received.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task An_organisation_already_published_is_recognised_whatever_its_case_and_accents()
    {
        var marker = Marker();

        var response = await client.SubmitAsync("/nl/register", RegistrationForms.Valid(marker, "nl").With("Form.Organisation", "VZW brugwerk"));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = Assert.Single(await factory.PendingNamedAsync(marker));
        Assert.NotNull(stored.Proposed.OrganisationId);
        Assert.Null(stored.NewOrganisation);
        Assert.Equal("nl", stored.Culture.Code);
    }

    public static TheoryData<string, string, string, string> InvalidInputs => new()
    {
        { "Form.NameFr", "", "name-fr", "Indiquez le nom de l'initiative." },
        { "Form.PostalCode", "12345", "postal-code", "12345 n'est pas un code postal belge." },
        { "Form.SubmitterEmail", "not-an-email", "submitter-email", "Cette adresse e-mail n'est pas valide" },
        { "Form.Street", new string('x', 300), "street", "Ce texte est trop long (200 caractères au plus)." },
        { "Form.StartedYear", "2O19", "started-year", "Tapez une année en chiffres" },
        { "Form.Sectors", "no-such-sector", "sectors", "Ce secteur n'existe pas" },
        { "Form.Latitude", "north", "latitude", "Tapez un nombre décimal" },
        { "Form.SubmitterName", "   ", "submitter-name", "Indiquez votre nom" },
        { "Form.PeerWorkers", "99999999999999999999", "peer-workers", "Ce texte est trop long" },
    };

    [Theory]
    [MemberData(nameof(InvalidInputs))]
    public async Task An_invalid_field_is_explained_next_to_it_and_in_the_summary_and_nothing_is_stored(string field, string value, string id, string message)
    {
        var marker = Marker();
        var fields = RegistrationForms.Valid(marker).With(field, value).With("Form.NameEn", "English name " + marker);

        var response = await client.SubmitAsync("/fr/register", fields);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = page.QuerySelector($"#{id}-error")!;
        Assert.Contains(message, error.TextContent);
        var summary = page.QuerySelector(".error-summary[role=alert]")!;
        var link = Assert.Single(summary.QuerySelectorAll("a"));
        Assert.Contains(message, link.TextContent);
        var target = page.QuerySelector(link.GetAttribute("href")!)!;
        Assert.NotNull(target);
        var described = page.QuerySelector($"#{id}")!;
        Assert.Contains($"{id}-error", described.GetAttribute("aria-describedby"));
        Assert.StartsWith("Erreur", page.Title);
        // What was typed comes back, the faulty value included.
        Assert.Equal(field == "Form.Street" ? value : "Rue Haute 12", page.QuerySelector("#street")!.GetAttribute("value"));
        Assert.Equal(field == "Form.SubmitterEmail" ? value : $"person-{marker}@example.org", page.QuerySelector("#submitter-email")!.GetAttribute("value"));
        Assert.Equal("Un groupe de parole entre pairs, chaque mardi soir.", page.QuerySelector("#description-fr")!.TextContent);
        Assert.NotNull(page.QuerySelector("#languages-nl[checked]"));
        Assert.Equal("English name " + marker, page.QuerySelector("#name-en")!.GetAttribute("value"));
        Assert.Empty(await factory.PendingNamedAsync(marker));
        Assert.Empty(factory.MailTo($"person-{marker}@example.org"));
    }

    [Fact]
    public async Task Without_consent_nothing_is_stored()
    {
        var marker = Marker();

        var response = await client.SubmitAsync("/en/register", RegistrationForms.Valid(marker, "en").With("Form.Consent"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("To send the form, agree to the privacy notice.", page.QuerySelector("#consent-error")!.TextContent.Replace("Error:", "").Trim());
        Assert.Equal("true", page.QuerySelector("#consent")!.GetAttribute("aria-invalid"));
        Assert.Empty(await factory.PendingNamedAsync(marker));
    }

    [Fact]
    public async Task A_filled_honeypot_stores_nothing_and_says_why()
    {
        var marker = Marker();

        var response = await client.SubmitAsync("/fr/register", RegistrationForms.Valid(marker).With("Form.Homepage", "http://spam.example"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Laissez ce champ vide", page.QuerySelector(".notice[role=alert]")!.TextContent);
        Assert.Empty(await factory.PendingNamedAsync(marker));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("CfDJ8-not-a-real-token")]
    public async Task A_missing_or_forged_antiforgery_token_keeps_the_input_and_stores_nothing(string? token)
    {
        var marker = Marker();
        var fields = RegistrationForms.Valid(marker).Append(new("_handler", "register")).ToList();
        if (token is not null) fields.Add(new("__RequestVerificationToken", token));

        var response = await factory.CreatePlainClient().PostAsync("/nl/register", new FormUrlEncodedContent(fields));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Dit formulier is verlopen", page.QuerySelector(".notice[role=alert]")!.TextContent);
        Assert.Equal("Groupe de parole " + marker, page.QuerySelector("#name-fr")!.GetAttribute("value"));
        Assert.NotEmpty(page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!);
        Assert.Empty(await factory.PendingNamedAsync(marker));
    }

    [Fact]
    public async Task Nonsense_never_makes_the_server_fail()
    {
        List<List<KeyValuePair<string, string>>> attempts =
        [
            [new("Form.Sectors[abc]", "x"), new("Form.PeerWorkers", "1e400"), new("Form.Latitude", "NaN"), new("Form.Longitude", "Infinity")],
            [new("Form.Status", "<script>alert(1)</script>"), new("Form.Languages", "klingon"), new("Form.Latitude", "91"), new("Form.Longitude", "181")],
            [.. Enumerable.Range(0, 60).Select(i => new KeyValuePair<string, string>("Form.Types", $"t{i}"))],
            [new("Form", "x"), new("Form.Consent", "maybe"), new("Form.StartedYear", "-2147483649")],
        ];
        foreach (var fields in attempts)
        {
            var response = await client.SubmitAsync("/en/register", fields);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for {string.Join("&", fields.Take(3))}");
        }
        var unnamed = await client.PostAsync("/en/register", new FormUrlEncodedContent([new("Form.NameEn", "x")]));
        Assert.True((int)unnamed.StatusCode is >= 400 and < 500);
    }

    [Fact]
    public async Task Changes_to_a_published_initiative_start_from_it_and_name_it()
    {
        var detail = await client.GetAsync("/fr/?q=brugwerk", expectOk: true);
        var initiativeUrl = detail.QuerySelector(".result-list a")!.GetAttribute("href")!;
        var initiative = await client.GetAsync(initiativeUrl, expectOk: true);
        var suggest = initiative.QuerySelector(".suggest-correction a")!;
        Assert.Equal("Proposer une correction", suggest.TextContent);

        var form = await client.FormAsync(suggest.GetAttribute("href")!);
        var published = form.QuerySelector("#name-fr")!.GetAttribute("value")!;
        Assert.Equal(initiative.QuerySelector("h1")!.TextContent.Trim(), published);
        var marker = Marker();
        var fields = form.CurrentValues().With("Form.NameFr", published + " " + marker)
            .With("Form.SubmitterName", "Corrector").With("Form.SubmitterEmail", $"c-{marker}@example.org").With("Form.Consent", "yes");
        var response = await client.SubmitAsync(suggest.GetAttribute("href")!, fields);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var stored = Assert.Single(await factory.PendingNamedAsync(marker));
        Assert.Equal(Guid.Parse(suggest.GetAttribute("href")!.Split("changes=")[1]), stored.Changes);
        Assert.Equal("Votre proposition de correction est bien reçue", Assert.Single(factory.MailTo($"c-{marker}@example.org")).Subject);
    }

    [Fact]
    public async Task Changes_to_an_unknown_initiative_are_not_found()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/fr/register?changes={Guid.NewGuid()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/fr/register?changes=not-a-guid")).StatusCode);
    }

    [Theory]
    [InlineData("fr", "Inscrire une initiative")]
    [InlineData("nl", "Een initiatief aanmelden")]
    public async Task The_navigation_leads_to_the_form(string culture, string text)
    {
        var home = await client.GetAsync($"/{culture}/", expectOk: true);

        var link = home.QuerySelectorAll(".site-nav a").Single(a => a.TextContent == text);
        Assert.Equal($"/{culture}/register", link.GetAttribute("href"));
    }

    [Theory]
    [InlineData("fr", "Déclaration de confidentialité")]
    [InlineData("nl", "Privacyverklaring")]
    [InlineData("en", "Privacy notice")]
    public async Task The_privacy_notice_shows_its_version(string culture, string title)
    {
        var page = await client.GetAsync($"/{culture}/privacy", expectOk: true);

        Assert.Equal(title, page.QuerySelector("h1")!.TextContent);
        Assert.Contains(PrivacyNotice.Version, page.QuerySelector(".meta")!.TextContent);
        // The data controller, the five parts about a submission, the contact messages and the cookies.
        Assert.Equal(8, page.QuerySelectorAll("article h2").Length);
    }
}
