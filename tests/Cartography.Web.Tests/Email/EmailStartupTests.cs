using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Tests.Email;

public sealed class EmailStartupTests
{
    [Fact]
    public void A_sender_that_is_not_an_address_stops_start_up()
    {
        using var factory = new CartographyFactory();
        using var site = factory.WithWebHostBuilder(b => b.UseSetting("Cartography:Email:From", "nobody"));

        var problem = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("Cartography:Email:From", Unwrap(problem).Message);
    }

    [Fact]
    public void A_user_name_without_a_password_stops_start_up()
    {
        using var factory = new CartographyFactory();
        using var site = factory.WithWebHostBuilder(b => b
            .UseSetting("Cartography:Email:Host", "smtp.example.org")
            .UseSetting("Cartography:Email:UserName", "cartography"));

        var problem = Assert.ThrowsAny<Exception>(() => site.CreateClient());

        Assert.Contains("UserName and Password go together", Unwrap(problem).Message);
    }

    private static Exception Unwrap(Exception exception) =>
        exception is OptionsValidationException ? exception : exception.InnerException is { } inner ? Unwrap(inner) : exception;
}
