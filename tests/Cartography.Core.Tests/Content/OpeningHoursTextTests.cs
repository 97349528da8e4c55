using Cartography.Core.Content;

namespace Cartography.Core.Tests.Content;

public class OpeningHoursTextTests
{
    [Fact]
    public void A_week_reads_with_day_spans_lists_and_several_ranges()
    {
        Assert.True(OpeningHoursText.TryParse("mo-fr 09:00-12:00,13:00-17:00; Sa,Su 10:00-12:00; We 18:00-20:00", out var hours, out _));

        Assert.Equal([new TimeRange(540, 720), new TimeRange(780, 1020)], hours!.Monday);
        Assert.Equal([new TimeRange(540, 720), new TimeRange(780, 1020), new TimeRange(1080, 1200)], hours.Wednesday);
        Assert.Equal([new TimeRange(600, 720)], hours.Sunday);
        Assert.False(hours.ByAppointmentOnly);
    }

    [Theory]
    [InlineData("Mo 09:00-12:00", "Mo 09:00-12:00")]
    [InlineData("mo 9h-12h30; tu 9:00–12:30", "Mo,Tu 09:00-12:30")]
    [InlineData("Mo-Fr 09:00-17:00; Sa 10:00-12:00", "Mo-Fr 09:00-17:00; Sa 10:00-12:00")]
    [InlineData("Mo 09:00-12:00; We 09:00-12:00", "Mo 09:00-12:00; We 09:00-12:00")]
    [InlineData("Fr 20:00-24:00; Sa 00:00-08:00", "Fr 20:00-24:00; Sa 00:00-08:00")]
    [InlineData("APPOINTMENT", "appointment")]
    [InlineData("", "")]
    public void The_text_of_a_week_is_always_written_the_same_way(string typed, string written)
    {
        Assert.True(OpeningHoursText.TryParse(typed, out var hours, out _));

        Assert.Equal(written, OpeningHoursText.Format(hours));
        Assert.True(OpeningHoursText.TryParse(written, out var again, out _));
        Assert.Equal(OpeningHoursText.Format(hours), OpeningHoursText.Format(again));
    }

    [Theory]
    [InlineData("Mo 25:00-26:00", "Mo 25:00-26:00")]
    [InlineData("Mo 09:00-12:00; Xy 10:00-11:00", "Xy 10:00-11:00")]
    [InlineData("09:00-12:00", "09:00-12:00")]
    [InlineData("Mo 09:00", "Mo 09:00")]
    [InlineData("Fr-Mo 09:00-10:00", "Fr-Mo 09:00-10:00")]
    [InlineData("Mo 12:60-13:00", "Mo 12:60-13:00")]
    public void What_is_not_a_week_is_refused_naming_the_part(string typed, string part)
    {
        Assert.False(OpeningHoursText.TryParse(typed, out _, out var badPart));
        Assert.Equal(part, badPart);
    }

    [Theory]
    [InlineData("9:00", 540)]
    [InlineData("09h30", 570)]
    [InlineData("9h", 540)]
    [InlineData("24:00", 1440)]
    [InlineData("00:00", 0)]
    public void A_time_of_day_is_read_as_people_type_it(string text, int minute)
    {
        Assert.True(TimeRange.TryParseClock(text, out var parsed));
        Assert.Equal(minute, parsed);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("24:01")]
    [InlineData("12:75")]
    [InlineData("noon")]
    [InlineData("-1:00")]
    public void Impossible_times_are_refused(string text) => Assert.False(TimeRange.TryParseClock(text, out _));

    [Fact]
    public void A_day_typed_in_a_form_reads_ranges_separated_by_commas()
    {
        Assert.True(OpeningHoursText.TryParseDay("9:00 – 12:30, 13h30-17h", out var ranges));
        Assert.Equal("09:00–12:30, 13:30–17:00", OpeningHoursText.FormatDay(ranges));
        Assert.False(OpeningHoursText.TryParseDay("09:00-25:00", out _));
    }
}
