using Cartography.Web.Features.Registration;
using Serilog.Events;
using Serilog.Parsing;

namespace Cartography.Web.Tests.Registration;

public class EditLinkRedactionTests
{
    [Theory]
    [InlineData("/fr/register/edit/abc-DEF_123", "/fr/register/edit/[token]")]
    [InlineData("http://localhost/nl/register/edit/abc?saved=1", "http://localhost/nl/register/edit/[token]?saved=1")]
    [InlineData("/fr/register", "/fr/register")]
    public void Tokens_are_taken_out_of_logged_values(string logged, string expected)
    {
        var logEvent = new LogEvent(DateTimeOffset.UtcNow, LogEventLevel.Warning, null, new MessageTemplateParser().Parse("Request {Path}"),
            [new LogEventProperty("Path", new ScalarValue(logged))]);

        new EditLinkRedaction().Enrich(logEvent, null!);

        Assert.Equal(expected, ((ScalarValue)logEvent.Properties["Path"]).Value);
        Assert.DoesNotContain("abc", logEvent.RenderMessage().Replace("[token]", ""));
    }
}
