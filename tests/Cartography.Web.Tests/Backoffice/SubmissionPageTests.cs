using Bunit;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Registration;
using Cartography.Data.Registration;
using Cartography.Search.ReadModel;
using Cartography.Search.Searching;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Moderation;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>A submission's page on the real services of a site: what a moderator is told after each decision.</summary>
public sealed class SubmissionPageTests : EditorComponentContext, IClassFixture<CartographyFactory>
{
    private readonly CartographyFactory site;

    public SubmissionPageTests(CartographyFactory site)
    {
        this.site = site;
        foreach (var service in new[] { typeof(SubmissionModeration), typeof(SubmissionStore), typeof(ModerationDesk), typeof(DuplicateFlags), typeof(DirectoryReadModel), typeof(DirectorySearch) })
            Services.AddSingleton(service, site.Services.GetRequiredService(service));
        AddAuthorization().SetAuthorized("editor@example.org").SetRoles(BackofficeRoles.Editor).SetPolicies(BackofficePolicies.Content);
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private SubmissionStore Store => site.Services.GetRequiredService<SubmissionStore>();

    private static Initiative Proposed(string name, Guid? organisation = null) => new()
    {
        Name = LocalizedText.Of(fr: name), Status = "volunteer", Address = new Address("Rue Haute 1", "1000", "Bruxelles"),
        Sectors = ["mental-health"], Types = ["groups"], OrganisationId = organisation,
    };

    private Task<ReceivedSubmission> SendAsync(Initiative proposed) => Store.ReceiveAsync(new Submission(proposed,
        new PrivateDetails(new Submitter("Marie Dubois", "marie.page@example.org", "Coordinatrice"), new Consent(DateTimeOffset.UtcNow, "2026-11"))));

    private IRenderedComponent<SubmissionPage> Open(Guid id)
    {
        var page = Render<SubmissionPage>(p => p.Add(s => s.Id, id));
        page.WaitForElement("section.decision");
        return page;
    }

    [Fact]
    public async Task The_proposed_hours_contact_modes_cost_and_accessibility_are_shown_with_every_note()
    {
        var proposed = Proposed($"Horaires {Guid.NewGuid():n}") with
        {
            Hours = new OpeningHours { Tuesday = [new TimeRange(540, 720), new TimeRange(780, 1020)], Note = LocalizedText.Of(fr: "Fermé en août", nl: "Gesloten in augustus") },
            ContactModes = [ContactModes.WalkIn],
            Cost = new Cost { Free = false, Note = LocalizedText.Of(fr: "2 € par séance") },
            Accessibility = new Accessibility { StepFree = true, InductionLoop = false },
        };
        var page = Open((await SendAsync(proposed)).Id);

        var facts = page.Find("dl.proposed").TextContent;
        Assert.Contains("Tuesday 09:00–12:00, 13:00–17:00", facts);
        Assert.Contains("Walk-in", facts);
        Assert.Contains("Not free", facts);
        Assert.Contains("Step-free access: yes · Induction loop: no", facts);
        Assert.Equal("Gesloten in augustus", page.Find("dl.proposed dd[lang=nl]").TextContent);
        Assert.Contains(page.FindAll("dl.proposed dd[lang=fr]"), dd => dd.TextContent == "2 € par séance");
    }

    [Fact]
    public async Task Approving_says_it_is_published_and_the_submitter_was_emailed()
    {
        var sent = await SendAsync(Proposed($"Page {Guid.NewGuid():n}"));
        var page = Open(sent.Id);

        page.Find("button.approve").Click();

        page.WaitForAssertion(() => Assert.Equal("Submission published. The submitter was emailed.", page.Find(".editor-message").TextContent));
        Assert.Empty(page.FindAll("section.decision"));
        Assert.Contains("Published", page.Find("header .badge").TextContent);
    }

    [Fact]
    public async Task Approving_a_version_the_submitter_corrected_meanwhile_asks_the_moderator_to_look_again()
    {
        var sent = await SendAsync(Proposed("Premier jet"));
        var page = Open(sent.Id);
        await Store.UpdateAsync(sent.EditToken, Proposed("Version corrigée"));

        page.Find("button.approve").Click();

        page.WaitForAssertion(() => Assert.Equal("The submitter corrected this submission since you opened it; look again before deciding.", page.Find(".editor-message").TextContent));
        Assert.Contains("Version corrigée", page.Find("h1").TextContent);
        Assert.Contains("Version corrigée", page.Find("section.corrections table.diff ins").TextContent);
        Assert.Equal(SubmissionStatus.Pending, (await site.Services.GetRequiredService<SubmissionModeration>().GetAsync(sent.Id))!.Status);
    }

    [Fact]
    public async Task Rejecting_without_a_reason_is_refused_and_with_one_is_done()
    {
        var sent = await SendAsync(Proposed("Hors champ"));
        var page = Open(sent.Id);

        page.Find("form.reject-form").Submit();
        page.WaitForAssertion(() => Assert.Equal("Give a reason for rejecting (1000 characters at most).", page.Find(".editor-message").TextContent));
        Assert.Equal("1000", page.Find("#reject-reason").GetAttribute("maxlength"));

        page.Find("#reject-reason").Change("Ce n'est pas du soutien par les pairs.");
        page.Find("form.reject-form").Submit();

        page.WaitForAssertion(() => Assert.Equal("Submission rejected. The submitter was emailed.", page.Find(".editor-message").TextContent));
        Assert.Contains("Ce n'est pas du soutien par les pairs.", page.Find("section.decided q").TextContent);
    }

    [Fact]
    public async Task A_second_decision_from_an_open_page_is_told_someone_already_decided()
    {
        var sent = await SendAsync(Proposed("Deux modérateurs"));
        var page = Open(sent.Id);
        await site.Services.GetRequiredService<SubmissionModeration>().RejectAsync(sent.Id, 1, "Non", "other@example.org");

        page.Find("button.approve").Click();

        page.WaitForAssertion(() => Assert.Equal("Someone has already decided on this submission, or its submitter withdrew it.", page.Find(".editor-message").TextContent));
    }

    [Fact]
    public async Task A_duplicate_is_marked_from_the_search_box()
    {
        var existing = site.Services.GetRequiredService<DirectoryReadModel>().Current.Initiatives[0];
        var sent = await SendAsync(Proposed("Sans rapport"));
        var page = Open(sent.Id);
        var name = existing.Content.Name.For(Culture.En).Text;

        page.Find("#duplicate-search").Input(name);
        page.WaitForElement($".search-candidates li[data-id='{existing.Id}'] button").Click();

        page.WaitForAssertion(() => Assert.Equal("Submission marked as a duplicate. The submitter was emailed.", page.Find(".editor-message").TextContent));
        Assert.Equal(existing.Id, (await site.Services.GetRequiredService<SubmissionModeration>().GetAsync(sent.Id))!.DuplicateOf);
    }
}
