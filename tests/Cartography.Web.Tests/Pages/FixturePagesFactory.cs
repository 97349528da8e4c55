using Cartography.Tests.Shared;
using Microsoft.AspNetCore.Hosting;

namespace Cartography.Web.Tests.Pages;

/// <summary>The real site seeded from content/ with the test fixture pages added (tests/Shared/pages/).</summary>
public sealed class FixturePagesFactory : CartographyFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cartography:Content:Path", FixturePages.ContentWithFixtures(DataPath));
        builder.UseSetting("Cartography:Operator:Name", "Réseau d'essai <asbl>");
        builder.UseSetting("Cartography:Operator:Email", "editors@example.org");
    }
}
