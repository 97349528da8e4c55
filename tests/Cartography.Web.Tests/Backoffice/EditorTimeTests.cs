using Cartography.Web.Features.Backoffice.Content;

namespace Cartography.Web.Tests.Backoffice;

public sealed class EditorTimeTests
{
    [Theory]
    [InlineData("2026-11-23T09:00", "2026-11-23T08:00:00+00:00")]      // winter: UTC+1
    [InlineData("2026-07-01T09:00:00", "2026-07-01T07:00:00+00:00")]   // summer: UTC+2, with the seconds Blazor adds
    public void A_time_typed_in_the_back_office_is_belgian_time(string typed, string instant)
    {
        Assert.Equal(DateTimeOffset.Parse(instant), EditorTime.FromInput(typed));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tomorrow")]
    public void Anything_but_a_time_is_no_time(string? typed)
    {
        Assert.Null(EditorTime.FromInput(typed));
    }

    [Fact]
    public void A_stored_instant_shows_in_belgian_time_in_the_input()
    {
        Assert.Equal("2026-07-01T09:00", EditorTime.ToInput(DateTimeOffset.Parse("2026-07-01T07:00:00+00:00")));
    }
}
