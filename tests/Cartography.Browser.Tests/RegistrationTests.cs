using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cartography.Web.Features.Backoffice;
using static Cartography.Browser.Tests.RegistrationVisitor;

namespace Cartography.Browser.Tests;

/// <summary>
/// The public registration form as a visitor uses it: with the map, through the emailed edit link, up to an editor's
/// approval and the initiative on the public site in every language; without JavaScript; with the keyboard alone.
/// On a site of their own, since they publish.
/// </summary>
[Collection(PublishingCollection.Name)]
public class RegistrationTests(BrowserSite site)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public async Task A_dutch_visitor_registers_corrects_through_the_emailed_link_and_the_initiative_is_published_in_every_language()
    {
        var marker = NewMarker();
        var name = $"Lotgenotengroep {marker}";
        var submitter = $"{marker}@example.org";
        var page = await site.OpenAsync("/nl/register", new() { Locale = "nl-BE" });
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Een initiatief van ervaringsdeskundigen aanmelden");
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));

        await page.FillAsync("#organisation", $"Vzw {marker}");
        await page.FillAsync("#name-nl", name);
        await page.FillAsync("#description-nl", "Elke dinsdagavond een praatgroep voor en door ervaringsdeskundigen.");
        await page.CheckAsync("#sectors-mental-health");
        await page.CheckAsync("#types-groups");
        await page.CheckAsync("#status-volunteer");
        await page.FillAsync("#peer-workers", "4");
        await page.CheckAsync("#publics-adults");
        await page.CheckAsync("#languages-nl");
        await page.FillAsync("#started-year", "2021");
        await page.FillAsync("#street", "Korenmarkt 1");
        await page.FillAsync("#postal-code", "9000");
        await page.FillAsync("#city", "Gent");

        // A click on the map writes coordinates in Belgium (the map opens on the country)...
        var map = page.Locator(".register-map");
        await Assertions.Expect(map).ToBeVisibleAsync();
        await page.Locator(".register-map.leaflet-container").WaitForAsync();
        await map.ClickAsync();
        await Assertions.Expect(page.Locator("#latitude")).ToHaveValueAsync(new Regex(@"^\d+\.\d{6}$"));
        await Assertions.Expect(page.Locator("#longitude")).ToHaveValueAsync(new Regex(@"^\d+\.\d{6}$"));
        var clicked = (Lat: double.Parse(await page.InputValueAsync("#latitude"), Invariant), Lng: double.Parse(await page.InputValueAsync("#longitude"), Invariant));
        Assert.InRange(clicked.Lat, 49.49, 51.51);
        Assert.InRange(clicked.Lng, 2.54, 6.41);
        var pin = map.Locator(".leaflet-marker-icon");
        await Assertions.Expect(pin).ToHaveCountAsync(1);
        var pinStyle = await pin.GetAttributeAsync("style");
        var before = (await pin.BoundingBoxAsync())!;

        // ...and exact coordinates typed in the fields move the pin there: Ghent is north-west of the map's centre.
        await page.FillAsync("#latitude", "51.0543");
        await page.FillAsync("#longitude", "3.7174");
        await page.PressAsync("#longitude", "Tab");
        await Assertions.Expect(pin).Not.ToHaveAttributeAsync("style", pinStyle!);
        var after = (await pin.BoundingBoxAsync())!;
        Assert.True(after.X < before.X - 50 && after.Y < before.Y - 30, $"the pin went from ({before.X}, {before.Y}) to ({after.X}, {after.Y})");
        await Assertions.Expect(pin).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#latitude")).ToHaveValueAsync("51.0543");

        await page.FillAsync("#website", "https://www.example.be");
        await page.FillAsync("#contact-email", "info@example.be");
        await page.FillAsync("#phone", "09 123 45 67");
        await page.FillAsync("#submitter-name", "Els Peeters");
        await page.FillAsync("#submitter-email", submitter);
        await page.FillAsync("#submitter-role", "coördinator");
        await page.CheckAsync("#consent");
        await Assertions.Expect(page.Locator("#homepage")).ToBeEmptyAsync();
        Directory.CreateDirectory(BrowserSite.ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "register-nl.png"), FullPage = true });

        await SubmitButton(page).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync($"{site.BaseAddress}/nl/register/received");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Bedankt, uw aanmelding is goed ontvangen");

        // The private link from the email opens the submission, which the visitor corrects.
        var link = await EditLinkAsync(site, submitter, "nl");
        await page.GotoAsync(link);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Uw aanmelding");
        await Assertions.Expect(page.Locator("#name-nl")).ToHaveValueAsync(name);
        await Assertions.Expect(page.Locator("#latitude")).ToHaveValueAsync(new Regex(@"^51[.,]0543"));
        await Assertions.Expect(page.Locator("#submitter-email")).ToHaveCountAsync(0);
        const string corrected = "Elke dinsdag- en donderdagavond een praatgroep voor en door ervaringsdeskundigen.";
        await page.FillAsync("#description-nl", corrected);
        await SubmitButton(page).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(link + "?saved=1");
        await Assertions.Expect(page.Locator(".notice-success[role=status]")).ToHaveTextAsync("Uw correctie is bewaard. Bedankt!");
        await Assertions.Expect(page.Locator("#description-nl")).ToHaveValueAsync(corrected);

        // An editor, in Dutch, finds it in the queue with its correction and publishes it.
        var editor = await BackofficeSession.SignInAsync(site, BackofficeRoles.Editor, "nl-BE");
        await editor.GotoAsync("/backoffice/moderation");
        await BackofficeSession.WaitForCircuitAsync(editor);
        await editor.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Assertions.Expect(editor).ToHaveURLAsync(new Regex(@"/backoffice/moderation/[0-9a-f-]{36}$"));
        // Following a link inside the back office drops the circuit mark on <html>: the page is opened afresh, and
        // waited for, so that the decision buttons answer.
        await editor.GotoAsync(editor.Url);
        await BackofficeSession.WaitForSubmissionPageAsync(editor);
        await Assertions.Expect(editor.Locator("h1")).ToHaveTextAsync(name);
        await Assertions.Expect(editor.Locator(".facts.proposed")).ToContainTextAsync(corrected);
        await Assertions.Expect(editor.Locator(".facts.submitter")).ToContainTextAsync(submitter);
        await Assertions.Expect(editor.Locator(".corrections")).ToBeVisibleAsync();
        await editor.ScreenshotAsync(new() { Path = Path.Combine(BrowserSite.ScreenshotFolder, "moderation.png"), FullPage = true });
        await editor.GetByRole(AriaRole.Button, new() { Name = "Publiceren", Exact = true }).ClickAsync();
        await Assertions.Expect(editor.Locator(".editor-message")).ToContainTextAsync("Inzending gepubliceerd.");
        await Assertions.Expect(editor.Locator(".decision")).ToHaveCountAsync(0);

        // The public site catches up with the change feed within seconds: the search API is asked until it has.
        var found = new Dictionary<string, JsonElement>();
        foreach (var culture in new[] { "nl", "fr", "en" }) found[culture] = await SearchUntilFoundAsync(culture, marker);
        var today = Cartography.Core.Places.BelgianTime.DateOf(DateTimeOffset.UtcNow);
        foreach (var (culture, item) in found)
        {
            Assert.Equal(name, item.GetProperty("name").GetString());
            Assert.Equal("nl", item.GetProperty("nameCulture").GetString());
            Assert.Equal(51.0543, item.GetProperty("latitude").GetDouble(), 4);
            Assert.Equal(3.7174, item.GetProperty("longitude").GetDouble(), 4);
            var verified = DateOnly.Parse(item.GetProperty("lastVerified").GetString()!, Invariant);
            Assert.True(verified == today || verified == DateOnly.FromDateTime(DateTime.Now), $"{culture}: verified on {verified}");
            Assert.StartsWith($"/{culture}/initiatives/", item.GetProperty("url").GetString());
        }

        foreach (var (culture, fallback, verifiedOn) in new[]
        {
            ("nl", false, "Gegevens gecontroleerd op {0}."),
            ("fr", true, "Informations vérifiées le {0}."),
            ("en", true, "Last verified on {0}."),
        })
        {
            var home = await MapPage.OpenAsync(site, $"/{culture}/?q={marker}");
            await Assertions.Expect(home.Results).ToHaveCountAsync(1);
            var title = home.Results.Locator("h3 a");
            await Assertions.Expect(title).ToContainTextAsync(name);
            // The name is a proper name: shown in Dutch with its lang elsewhere, never marked as untranslated.
            await Assertions.Expect(title.Locator("[lang=nl]")).ToHaveCountAsync(fallback ? 1 : 0);
            await Assertions.Expect(title).ToHaveTextAsync(name);

            await title.ClickAsync();
            await Assertions.Expect(home.Page).ToHaveURLAsync(site.BaseAddress + found[culture].GetProperty("url").GetString());
            await Assertions.Expect(home.Page.Locator("h1")).ToContainTextAsync(name);
            var date = DateOnly.Parse(found[culture].GetProperty("lastVerified").GetString()!, Invariant)
                .ToString("d MMMM yyyy", new CultureInfo(culture));
            await Assertions.Expect(home.Page.Locator("p.verified")).ToHaveTextAsync(string.Format(verifiedOn, date));
            await home.Page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_javascript_the_form_shows_its_errors_keeps_the_input_and_then_is_received()
    {
        var marker = NewMarker();
        var page = await site.OpenAsync("/fr/register", new() { JavaScriptEnabled = false });
        await Assertions.Expect(page.Locator(".register-map")).ToBeHiddenAsync();

        // Everything but a description, a sector, a valid postal code and email, and the consent.
        await page.FillAsync("#name-fr", $"Groupe de parole {marker}");
        await page.CheckAsync("#types-groups");
        await page.CheckAsync("#status-volunteer");
        await page.FillAsync("#postal-code", "12");
        await page.FillAsync("#city", "Liège");
        await page.FillAsync("#latitude", "50,6326");
        await page.FillAsync("#longitude", "5.5797");
        await page.FillAsync("#submitter-name", "Anne Dupont");
        await page.FillAsync("#submitter-email", "pas-une-adresse");
        await SubmitButton(page).ClickAsync();

        var summary = ErrorSummary(page);
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary.Locator("h2")).ToHaveTextAsync("Le formulaire n'a pas été envoyé. Veuillez corriger ceci\u202F:");
        await Assertions.Expect(page).ToHaveTitleAsync(new Regex("Inscrire une initiative de pair-aidance"));
        var targets = await summary.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        var firstSector = "#" + await page.Locator("#sectors input").First.GetAttributeAsync("id");
        Assert.Equal(new[] { "#consent", "#description-fr", "#postal-code", firstSector, "#submitter-email" }.Order(StringComparer.Ordinal), targets.Order(StringComparer.Ordinal));
        foreach (var field in new[] { "description-fr", "postal-code", "submitter-email" })
        {
            await Assertions.Expect(page.Locator($"#{field}")).ToHaveAttributeAsync("aria-invalid", "true");
            await Assertions.Expect(page.Locator($"#{field}-error")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"#{field}")).ToHaveAttributeAsync("aria-describedby", new Regex($@"\b{field}-error\b"));
        }
        await Assertions.Expect(page.Locator("#sectors-error")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#consent-error")).ToBeVisibleAsync();

        await Assertions.Expect(page.Locator("#name-fr")).ToHaveValueAsync($"Groupe de parole {marker}");
        await Assertions.Expect(page.Locator("#types-groups")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#status-volunteer")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#postal-code")).ToHaveValueAsync("12");
        await Assertions.Expect(page.Locator("#city")).ToHaveValueAsync("Liège");
        await Assertions.Expect(page.Locator("#latitude")).ToHaveValueAsync("50,6326");
        await Assertions.Expect(page.Locator("#submitter-name")).ToHaveValueAsync("Anne Dupont");
        await Assertions.Expect(page.Locator("#submitter-email")).ToHaveValueAsync("pas-une-adresse");
        await Assertions.Expect(page.Locator("#consent")).Not.ToBeCheckedAsync();

        await page.FillAsync("#description-fr", "Un groupe de parole entre pairs, chaque mardi soir.");
        await page.CheckAsync("#sectors-addiction");
        await page.FillAsync("#postal-code", "4000");
        await page.FillAsync("#submitter-email", $"{marker}@example.org");
        await page.CheckAsync("#consent");
        await SubmitButton(page).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync($"{site.BaseAddress}/fr/register/received");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Merci, votre inscription est bien reçue");
        await EditLinkAsync(site, $"{marker}@example.org", "fr");
    }

    [Fact]
    public async Task The_form_is_reached_and_corrected_with_the_keyboard_alone()
    {
        var page = await site.OpenAsync("/en/register");
        Assert.Equal("-1", await page.GetAttributeAsync("#homepage", "tabindex"));
        await page.Locator(".register-map.leaflet-container").WaitForAsync();

        var focused = await TabThroughAsync(page, "form.register-form button[type=submit]");
        var fields = focused.Where(f => f.StartsWith("input#") || f.StartsWith("textarea#")).ToList();
        Assert.DoesNotContain("input#homepage", focused);
        Assert.Equal("input#organisation", fields.FirstOrDefault());
        var firstSector = "input#" + await page.Locator("#sectors input").First.GetAttributeAsync("id");
        var positions = new[] { "input#organisation", "input#name-en", "textarea#description-en", firstSector, "input#postal-code", "input#latitude", "input#submitter-email", "input#consent" }
            .Select(f => fields.IndexOf(f)).ToList();
        Assert.True(positions.All(p => p >= 0) && positions.SequenceEqual(positions.Order()), "fields reached in this order: " + string.Join(" ", fields));

        // The empty form is sent with Enter on the focused button.
        await page.Keyboard.PressAsync("Enter");
        var summary = ErrorSummary(page);
        await Assertions.Expect(summary).ToBeVisibleAsync();

        await TabThroughAsync(page, ".error-summary a");
        Assert.Equal("#name-en", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('href')"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#name-en")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("Typed after the summary");
        await Assertions.Expect(page.Locator("#name-en")).ToHaveValueAsync("Typed after the summary");

        // A group's link lands on its first box.
        var sectors = summary.Locator("a[href^='#sectors-']");
        var target = (await sectors.GetAttributeAsync("href"))!;
        await sectors.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(target)).ToBeFocusedAsync();
        Assert.Equal(firstSector["input".Length..], target);
        Assert.DoesNotContain("input#homepage", await TabThroughAsync(page, "form.register-form button[type=submit]"));
    }

    /// <summary>
    /// Presses Tab from where focus is until an element matching <paramref name="selector"/> has it, and returns what
    /// was focused on the way, as "tag#id" ("a" for a link without an id).
    /// </summary>
    private static async Task<List<string>> TabThroughAsync(IPage page, string selector, int limit = 150)
    {
        var seen = new List<string>();
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var name = await page.EvaluateAsync<string>(
                "() => { const e = document.activeElement; return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') : ''; }");
            seen.Add(name);
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector)) return seen;
        }
        Assert.Fail($"{limit} presses of Tab never reached {selector}: " + string.Join(" ", seen));
        return seen;
    }

    private async Task<JsonElement> SearchUntilFoundAsync(string culture, string marker)
    {
        using var http = new HttpClient { BaseAddress = new Uri(site.BaseAddress) };
        for (var attempt = 0; ; attempt++)
        {
            var answer = await http.GetFromJsonAsync<JsonElement>($"/api/v1/search?culture={culture}&q={marker}");
            if (answer.GetProperty("total").GetInt32() > 0)
            {
                Assert.Equal(1, answer.GetProperty("total").GetInt32());
                return answer.GetProperty("items")[0];
            }
            Assert.True(attempt < 40, $"the search in {culture} did not find {marker} within 20 seconds");
            await Task.Delay(500);
        }
    }
}
