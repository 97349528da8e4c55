using System.Net;
using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Web.Tests.Registration;

/// <summary>The optional practical information of the registration form: hours, contact modes, cost, accessibility.</summary>
public class VisitRegistrationTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    private readonly HttpClient client = factory.CreatePlainClient();

    private static string Marker() => Guid.NewGuid().ToString("n")[..10];

    [Fact]
    public async Task Hours_contact_modes_cost_and_accessibility_are_stored_in_the_submission()
    {
        var marker = Marker();
        var fields = RegistrationForms.Valid(marker)
            .With("Form.HoursMonday", "9h-12h30, 13:30 – 17:00")
            .With("Form.HoursWednesday", "09:00-12:00")
            .With("Form.HoursNote", "Fermé en août")
            .With("Form.ContactModes", "walk-in", "on-referral")
            .With("Form.CostFree", "yes")
            .With("Form.StepFree", "yes")
            .With("Form.AccessibleToilet", "no")
            .With("Form.InductionLoop", "unknown")
            .With("Form.AccessibilityNote", "Ascenseur à l'arrière");

        var response = await client.SubmitAsync("/fr/register", fields);

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var proposed = Assert.Single(await factory.PendingNamedAsync(marker)).Proposed;
        Assert.Equal([new TimeRange(540, 750), new TimeRange(810, 1020)], proposed.Hours!.Monday);
        Assert.Equal([new TimeRange(540, 720)], proposed.Hours.Wednesday);
        Assert.Empty(proposed.Hours.Tuesday);
        Assert.False(proposed.Hours.ByAppointmentOnly);
        Assert.Equal(LocalizedText.Of(fr: "Fermé en août"), proposed.Hours.Note);
        Assert.Equal([ContactModes.WalkIn, ContactModes.OnReferral], proposed.ContactModes);
        Assert.Equal(new Cost { Free = true }, proposed.Cost);
        Assert.Equal(new Accessibility { StepFree = true, AccessibleToilet = false, Note = LocalizedText.Of(fr: "Ascenseur à l'arrière") }, proposed.Accessibility);
    }

    [Fact]
    public async Task The_private_edit_link_shows_the_practical_information_again_and_keeps_it_on_saving()
    {
        var marker = Marker();
        await client.SubmitAsync("/fr/register", RegistrationForms.Valid(marker)
            .With("Form.HoursThursday", "14:00-18:00").With("Form.CostFree", "no").With("Form.CostNote", "2 € par séance").With("Form.InductionLoop", "yes"));
        var mail = Assert.Single(factory.MailTo($"person-{marker}@example.org"));
        var link = System.Text.RegularExpressions.Regex.Match(mail.TextBody ?? "", @"https?://\S+/fr/register/edit/\S+").Value;
        var path = new Uri(link).PathAndQuery;

        var form = await client.FormAsync(path);

        Assert.Equal("14:00–18:00", form.QuerySelector("#hours-thursday")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("#cost-free-no[checked]"));
        Assert.Equal("2 € par séance", form.QuerySelector("#cost-note")!.TextContent);
        Assert.NotNull(form.QuerySelector("#induction-loop-yes[checked]"));
        Assert.True(form.QuerySelector("details.visit-fields")!.HasAttribute("open"));

        var saved = await client.SubmitAsync(path, form.CurrentValues().With("Form.HoursFriday", "09:00-12:00"));

        Assert.True(saved.StatusCode is HttpStatusCode.SeeOther or HttpStatusCode.OK, saved.StatusCode.ToString());
        var proposed = Assert.Single(await factory.PendingNamedAsync(marker)).Proposed;
        Assert.Equal([new TimeRange(840, 1080)], proposed.Hours!.Thursday);
        Assert.Equal([new TimeRange(540, 720)], proposed.Hours.Friday);
        Assert.Equal(new Cost { Free = false, Note = LocalizedText.Of(fr: "2 € par séance") }, proposed.Cost);
        Assert.True(proposed.Accessibility!.InductionLoop);
    }

    [Fact]
    public async Task Left_empty_the_practical_fields_store_nothing()
    {
        var marker = Marker();

        Assert.Equal(HttpStatusCode.SeeOther, (await client.SubmitAsync("/fr/register", RegistrationForms.Valid(marker).With("Form.CostFree", "unknown"))).StatusCode);

        var proposed = Assert.Single(await factory.PendingNamedAsync(marker)).Proposed;
        Assert.Null(proposed.Hours);
        Assert.Empty(proposed.ContactModes);
        Assert.Null(proposed.Cost);
        Assert.Null(proposed.Accessibility);
    }

    [Fact]
    public async Task The_fields_are_folded_in_a_details_element_that_opens_when_one_is_filled()
    {
        var page = await Html.ParseAsync(await client.GetAsync("/nl/register"));

        var details = page.QuerySelector("details.visit-fields")!;
        Assert.False(details.HasAttribute("open"));
        Assert.Equal("Maandag", page.QuerySelector("label[for=hours-monday]")!.TextContent.Trim());
        Assert.Equal(7, details.QuerySelectorAll("input[name^='Form.Hours'][type=text]").Length);
        Assert.NotNull(details.QuerySelector("#contact-modes-walk-in"));
        Assert.NotNull(details.QuerySelector("#step-free-unknown[checked]"));
    }

    public static TheoryData<string, string, string, string, string> InvalidHours => new()
    {
        { "fr", "Form.HoursMonday", "25:00-26:00", "hours-monday", "n'est pas lisible comme heures" },
        { "nl", "Form.HoursMonday", "25:00-26:00", "hours-monday", "is niet leesbaar als uren" },
        { "en", "Form.HoursMonday", "25:00-26:00", "hours-monday", "cannot be read as times" },
        { "fr", "Form.HoursTuesday", "14:00-09:00", "hours-tuesday", "finit à 09:00, avant de commencer" },
        { "nl", "Form.HoursTuesday", "14:00-09:00", "hours-tuesday", "eindigt om 09:00, vóór het begint" },
        { "en", "Form.HoursTuesday", "14:00-09:00", "hours-tuesday", "ends at 09:00, before it starts" },
        { "en", "Form.HoursFriday", "09:00-12:00, 11:00-13:00", "hours-friday", "overlap" },
    };

    [Theory]
    [MemberData(nameof(InvalidHours))]
    public async Task Invalid_hours_are_explained_next_to_the_day_and_in_the_summary_in_the_page_language_and_nothing_is_stored(
        string culture, string field, string value, string id, string message)
    {
        var marker = Marker();
        var fields = RegistrationForms.Valid(marker, culture).With(field, value).With("Form.HoursSunday", "10:00-12:00");

        var response = await client.SubmitAsync($"/{culture}/register", fields);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(culture, page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(message, page.QuerySelector($"#{id}-error")!.TextContent);
        var link = Assert.Single(page.QuerySelector(".error-summary[role=alert]")!.QuerySelectorAll("a"));
        Assert.Contains(message, link.TextContent);
        Assert.Equal($"#{id}", link.GetAttribute("href"));
        Assert.Contains($"{id}-error", page.QuerySelector($"#{id}")!.GetAttribute("aria-describedby"));
        // What was typed comes back, in the open section.
        Assert.Equal(value, page.QuerySelector($"#{id}")!.GetAttribute("value"));
        Assert.Equal("10:00-12:00", page.QuerySelector("#hours-sunday")!.GetAttribute("value"));
        Assert.True(page.QuerySelector("details.visit-fields")!.HasAttribute("open"));
        Assert.Empty(await factory.PendingNamedAsync(marker));
    }

    [Fact]
    public async Task An_unknown_choice_is_refused_without_a_server_error()
    {
        var marker = Marker();

        var response = await client.SubmitAsync("/en/register", RegistrationForms.Valid(marker, "en").With("Form.StepFree", "perhaps").With("Form.ContactModes", "by-pigeon"));
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("Choose one of the options offered", page.QuerySelector("#step-free-error")!.TextContent);
        Assert.Contains("by-pigeon", page.QuerySelector("#contact-modes-error")!.TextContent);
        Assert.Empty(await factory.PendingNamedAsync(marker));
    }
}
