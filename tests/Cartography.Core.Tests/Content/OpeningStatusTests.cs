using Cartography.Core.Content;
using Cartography.Core.Cultures;

namespace Cartography.Core.Tests.Content;

public class OpeningStatusTests
{
    // 2026-12-07 is a Monday.
    private static DateTime Monday(int hour, int minute = 0) => new(2026, 12, 7, hour, minute, 0);

    private static readonly OpeningHours Office = new()
    {
        Monday = [new(9 * 60, 12 * 60 + 30), new(14 * 60, 17 * 60)],
        Wednesday = [new(9 * 60, 12 * 60)],
    };

    [Fact]
    public void Open_inside_a_range_says_when_it_closes() =>
        Assert.Equal(new OpeningStatus(OpeningState.Open, DayOfWeek.Monday, 12 * 60 + 30), OpeningStatus.At(Office, Monday(10)));

    [Fact]
    public void Closed_over_lunch_says_when_it_opens_again() =>
        Assert.Equal(new OpeningStatus(OpeningState.Closed, DayOfWeek.Monday, 14 * 60), OpeningStatus.At(Office, Monday(13)));

    [Fact]
    public void The_end_of_a_range_is_closed_and_its_start_open()
    {
        Assert.Equal(OpeningState.Closed, OpeningStatus.At(Office, Monday(12, 30)).State);
        Assert.Equal(OpeningState.Open, OpeningStatus.At(Office, Monday(14)).State);
    }

    [Fact]
    public void Closed_in_the_evening_looks_ahead_to_the_next_open_day() =>
        Assert.Equal(new OpeningStatus(OpeningState.Closed, DayOfWeek.Wednesday, 9 * 60), OpeningStatus.At(Office, Monday(18)));

    [Fact]
    public void After_the_last_opening_of_the_week_the_next_is_a_week_later() =>
        Assert.Equal(new OpeningStatus(OpeningState.Closed, DayOfWeek.Monday, 9 * 60), OpeningStatus.At(Office, new DateTime(2026, 12, 9, 13, 0, 0)));

    [Fact]
    public void A_night_opening_through_24_00_closes_the_next_morning()
    {
        var shelter = new OpeningHours { Friday = [new(20 * 60, TimeRange.EndOfDay)], Saturday = [new(0, 8 * 60)] };
        var friday = new DateTime(2026, 12, 11, 23, 59, 0);

        Assert.Equal(new OpeningStatus(OpeningState.Open, DayOfWeek.Saturday, 8 * 60), OpeningStatus.At(shelter, friday));
        Assert.Equal(new OpeningStatus(OpeningState.Open, DayOfWeek.Saturday, 8 * 60), OpeningStatus.At(shelter, friday.AddMinutes(1)));
        Assert.Equal(OpeningState.Closed, OpeningStatus.At(shelter, friday.AddHours(8).AddMinutes(1)).State);
    }

    [Fact]
    public void Open_until_24_00_with_nothing_after_closes_at_midnight() =>
        Assert.Equal(new OpeningStatus(OpeningState.Open, DayOfWeek.Monday, TimeRange.EndOfDay),
            OpeningStatus.At(new OpeningHours { Monday = [new(18 * 60, TimeRange.EndOfDay)] }, Monday(23, 30)));

    [Fact]
    public void Open_every_hour_of_every_day_never_loops()
    {
        var always = OpeningHours.Week.Aggregate(new OpeningHours(), (h, d) => h.With(d, [new(0, TimeRange.EndOfDay)]));

        Assert.Equal(new OpeningStatus(OpeningState.Open), OpeningStatus.At(always, Monday(3)));
    }

    [Fact]
    public void By_appointment_only_or_without_hours_is_unknown()
    {
        Assert.Equal(OpeningStatus.Unknown, OpeningStatus.At(new OpeningHours { ByAppointmentOnly = true }, Monday(10)));
        Assert.Equal(OpeningStatus.Unknown, OpeningStatus.At(new OpeningHours { Note = LocalizedText.Of(fr: "Téléphonez") }, Monday(10)));
        Assert.Equal(OpeningStatus.Unknown, OpeningStatus.At(null, Monday(10)));
    }

    [Theory]
    [InlineData("2026-12-07T08:30:00Z", OpeningState.Open)]    // 09:30 in Brussels in winter (UTC+1)
    [InlineData("2026-12-07T07:30:00Z", OpeningState.Closed)]  // 08:30 in Brussels
    [InlineData("2026-07-06T07:30:00Z", OpeningState.Open)]    // a Monday in summer (UTC+2): 09:30 in Brussels
    [InlineData("2026-07-06T06:30:00Z", OpeningState.Closed)]  // 08:30 in Brussels, already 07:30 at UTC+1
    public void An_instant_is_read_on_the_Belgian_clock(string instant, OpeningState expected) =>
        Assert.Equal(expected, OpeningStatus.At(Office with { Monday = [new(9 * 60, 17 * 60)] },
            DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)).State);
}
