using Cartography.Web.Features.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Tests.Hosting;

/// <summary>
/// <c>Cartography:Operator</c>: a setting left empty (as an environment variable with no value, or <c>""</c> in a
/// settings file) means not set, while a wrong email address stops the start with a message naming the setting.
/// </summary>
public sealed class OperatorSettingsTests(CartographyFactory factory) : IClassFixture<CartographyFactory>
{
    [Fact]
    public async Task Empty_operator_settings_are_unset_and_the_site_starts()
    {
        using var site = factory.WithWebHostBuilder(builder => builder
            .UseSetting("Cartography:Operator:ContactEmail", "")
            .UseSetting("Cartography:Operator:Email", "  ")
            .UseSetting("Cartography:Operator:Address", ""));

        var response = await site.CreateClient().GetAsync("/fr/contact");

        Assert.Equal(200, (int)response.StatusCode);
        var options = site.Services.GetRequiredService<IOptions<OperatorOptions>>().Value;
        Assert.Null(options.ContactEmail);
        Assert.Null(options.Email);
        Assert.Null(options.Address);
    }

    [Fact]
    public void A_wrong_contact_address_stops_the_start_naming_the_setting()
    {
        using var site = factory.WithWebHostBuilder(builder => builder.UseSetting("Cartography:Operator:ContactEmail", "editors at example"));

        var error = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("ContactEmail", error.ToString());
    }
}
