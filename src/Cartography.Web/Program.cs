using Cartography.Web.Features.Api;
using Cartography.Web.Features.Backoffice;
using Cartography.Web.Features.Backoffice.Transfer;
using Cartography.Web.Features.Cli;
using Cartography.Web.Features.Contact;
using Cartography.Web.Features.Email;
using Cartography.Web.Features.Freshness;
using Cartography.Web.Features.ReadModel;
using Cartography.Web.Features.Hosting;
using Cartography.Web.Features.Initiatives;
using Cartography.Web.Features.Localization;
using Cartography.Web.Features.Map;
using Cartography.Web.Features.Media;
using Cartography.Web.Features.Registration;
using Cartography.Web.Features.Places;
using Cartography.Web.Features.Scheduling;

var verb = Verbs.Find(args);
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = verb is null ? args : [],
    ContentRootPath = RepositoryRoot.Find(),
    WebRootPath = "wwwroot",
});

builder.AddCartographyLogging();
builder.AddHosting();
builder.AddStorage();
builder.AddDirectory();
builder.AddCartographyLocalization();
builder.AddPublicSite();
builder.AddSearchApi();
builder.AddMapPage();
builder.AddMedia();
builder.AddScheduling();
builder.AddBackoffice();
builder.AddEmail();
builder.AddFreshness();
builder.AddRegistration();
builder.AddContact();

var app = builder.Build();
if (verb is not null) return await Verbs.RunAsync(app, args, Console.Out);

app.UseHosting();
app.UseMedia();
app.UsePublicSite();
app.MapHealth();
app.MapLanguageRedirect();
app.MapInitiativeListRedirect();
app.MapInitiativesApi();
app.MapSearchApi();
app.MapPostalCodesApi();
app.MapBackoffice();
app.MapInitiativeExport();

app.AnnounceEmail();
app.AnnounceAddress();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
