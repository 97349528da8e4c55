using System.Net;
using Cartography.Web.Tests.Email;
using Microsoft.AspNetCore.Hosting;

namespace Cartography.Web.Tests.Registration;

/// <summary>A site that allows two posts of the form per client and window.</summary>
public sealed class TightLimitFactory : RegistrationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Cartography:Registration:PostsPerWindow", "2");
    }
}

public class RateLimitTests(TightLimitFactory factory) : IClassFixture<TightLimitFactory>
{
    [Fact]
    public async Task Posts_over_the_limit_get_a_localized_page_with_retry_after_and_reading_stays_open()
    {
        var client = factory.CreatePlainClient();
        var marker = Guid.NewGuid().ToString("n")[..10];

        var first = await client.SubmitAsync("/en/register", RegistrationForms.Valid(marker + "a", "en"));
        var second = await client.SubmitAsync("/en/register", RegistrationForms.Valid(marker + "b", "en").With("Form.NameEn"));
        var third = await client.SubmitAsync("/nl/register", RegistrationForms.Valid(marker + "c", "nl"));
        var page = await Html.ParseAsync(third);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.True(third.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Te veel verzendingen", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(await factory.PendingNamedAsync(marker + "c"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/nl/register")).StatusCode);
    }
}

public class RequestSizeTests(RegistrationFactory factory) : IClassFixture<RegistrationFactory>
{
    [Fact]
    public async Task An_oversized_post_is_refused_before_it_is_read()
    {
        var client = factory.CreatePlainClient();
        var marker = Guid.NewGuid().ToString("n")[..10];
        var fields = RegistrationForms.Valid(marker).With("Form.DescriptionNl", new string('é', 40_000));

        var response = await client.SubmitAsync("/nl/register", fields);
        var page = await Html.ParseAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Te grote verzending", page.QuerySelector("h1")!.TextContent);
        Assert.Empty(await factory.PendingNamedAsync(marker));
    }

    [Fact]
    public async Task An_oversized_post_without_a_declared_length_is_refused_too()
    {
        var client = factory.CreatePlainClient();
        var body = new FormUrlEncodedContent(RegistrationForms.Valid("x").With("Form.DescriptionFr", new string('a', 300_000)));
        var content = new StreamContent(new UnseekableStream(await body.ReadAsByteArrayAsync()));
        content.Headers.ContentType = body.Headers.ContentType;

        var response = await client.PostAsync("/fr/register", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    /// <summary>A body whose length HttpClient cannot know, so it is sent without Content-Length.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}

/// <summary>The confirmation through a real SMTP conversation, accepted or refused.</summary>
public class SmtpConfirmationTests
{
    private sealed class SmtpFactory(int port) : RegistrationFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Cartography:Email:Host", "127.0.0.1");
            builder.UseSetting("Cartography:Email:Port", port.ToString());
            builder.UseSetting("Cartography:Email:Security", "None");
            builder.UseSetting("Cartography:Email:TimeoutSeconds", "5");
        }
    }

    [Fact]
    public async Task The_confirmation_goes_through_the_smtp_server()
    {
        await using var smtp = new LoopbackSmtpServer();
        using var site = new SmtpFactory(smtp.Port);
        var marker = Guid.NewGuid().ToString("n")[..10];

        var response = await site.CreatePlainClient().SubmitAsync("/en/register", RegistrationForms.Valid(marker, "en"));

        Assert.Equal("/en/register/received", response.PathOfLocation());
        var mail = Assert.Single(smtp.Received);
        Assert.Equal([$"person-{marker}@example.org"], mail.To);
        Assert.Contains("Your submission has been received", mail.Data);
        Assert.Contains("/en/register/edit/", mail.Data);
    }

    [Fact]
    public async Task When_the_email_cannot_be_sent_the_submission_is_kept_and_the_page_says_so()
    {
        await using var smtp = new LoopbackSmtpServer(refuseRecipients: true);
        using var site = new SmtpFactory(smtp.Port);
        var client = site.CreatePlainClient();
        var marker = Guid.NewGuid().ToString("n")[..10];

        var response = await client.SubmitAsync("/fr/register", RegistrationForms.Valid(marker));

        Assert.Equal("/fr/register/received?email=failed", response.PathOfLocation());
        Assert.Single(await site.PendingNamedAsync(marker));
        var page = await client.GetAsync(response.PathOfLocation()!, expectOk: true);
        Assert.Contains("l'e-mail de confirmation n'a pas pu être envoyé", page.QuerySelector(".notice")!.TextContent);
    }
}
