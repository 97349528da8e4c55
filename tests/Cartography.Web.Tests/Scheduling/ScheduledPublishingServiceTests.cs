using System.Net;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Data.Editorial;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Scheduling;

public class ScheduledPublishingServiceTests
{
    [Theory]
    [InlineData("00:00:00")]
    [InlineData("2.00:00:00")]
    public void An_interval_out_of_range_stops_the_site_at_start_up_naming_it(string interval)
    {
        using var fresh = new CartographyFactory();
        using var broken = fresh.WithWebHostBuilder(builder => builder.UseSetting("Cartography:Scheduling:Interval", interval));

        var error = Assert.ThrowsAny<Exception>(() => broken.CreateClient());

        Assert.Contains("Cartography:Scheduling:Interval", error.ToString());
    }

    [Fact]
    public async Task An_item_scheduled_for_publication_reaches_the_public_api_once_its_time_has_come()
    {
        using var fresh = new CartographyFactory();
        using var site = fresh.WithWebHostBuilder(builder => builder
            .UseSetting("Cartography:Scheduling:Interval", "00:00:01")
            .UseSetting("Cartography:Directory:RefreshInterval", "00:00:00.200"));
        var client = site.CreateClient();
        var created = await site.Services.Desk().CreateAsync(new Initiative
        {
            Name = LocalizedText.Of(fr: "Annonce programmée"), Slug = LocalizedText.Of(fr: "annonce-programmee", nl: "annonce-programmee", en: "annonce-programmee"),
            Status = "volunteer", Address = new Address(null, "1000", "Bruxelles"), Sectors = ["mental-health"], Types = ["groups"],
        }, "ann");
        var publisher = site.Services.Desk();
        Assert.Equal(EditStatus.Scheduled, (await publisher.ScheduleAsync<Initiative>(created.ItemId, DateTimeOffset.UtcNow.AddSeconds(1), null, "ann")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/v1/initiatives/{created.ItemId}?culture=fr")).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(20);
        HttpStatusCode status;
        do
        {
            await Task.Delay(200);
            status = (await client.GetAsync($"/api/v1/initiatives/{created.ItemId}?culture=fr")).StatusCode;
        } while (status != HttpStatusCode.OK && DateTime.UtcNow < deadline);

        Assert.Equal(HttpStatusCode.OK, status);
    }
}
