using Cartography.Core.Places;

namespace Cartography.Core.Tests.Places;

public class BelgianTimeTests
{
    [Theory]
    [InlineData("2026-11-23T22:59:00Z", "2026-11-23")] // 23:59 in Brussels (UTC+1 in winter)
    [InlineData("2026-11-23T23:30:00Z", "2026-11-24")] // 00:30 the next day in Brussels
    [InlineData("2026-07-01T21:59:00Z", "2026-07-01")] // 23:59 (UTC+2 in summer)
    [InlineData("2026-07-01T22:30:00Z", "2026-07-02")]
    public void The_date_is_the_one_on_a_Belgian_calendar(string instant, string date)
    {
        var at = DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), BelgianTime.DateOf(at));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), BelgianTime.DateOf(at.UtcDateTime));
    }
}
