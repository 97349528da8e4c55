using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Places;
using Cartography.Core.Taxonomy;

namespace Cartography.Core.Tests.Content;

public class VisitRulesTests
{
    private static readonly TermSet Terms = new(
    [
        new Term(Vocabulary.Sector, "addiction", LocalizedText.Of(en: "Addiction"), 1),
        new Term(Vocabulary.Type, "groups", LocalizedText.Of(en: "Groups"), 1),
        new Term(Vocabulary.Status, "salaried", LocalizedText.Of(en: "Salaried"), 1),
    ]);

    private static Initiative With(OpeningHours? hours = null) => new()
    {
        Name = LocalizedText.Of(nl: "Herstelgroep"),
        Sectors = ["addiction"],
        Types = ["groups"],
        Status = "salaried",
        Address = new Address(null, "2000", "Antwerpen"),
        Hours = hours,
    };

    private static List<RuleViolation> Violations(Initiative initiative) => InitiativeRules.Validate(initiative, Terms, 2026).ToList();

    private static OpeningHours Monday(params TimeRange[] ranges) => new() { Monday = ranges };

    [Fact]
    public void An_initiative_without_practical_information_breaks_no_rule() => Assert.Empty(Violations(With()));

    [Fact]
    public void Full_practical_information_breaks_no_rule()
    {
        var initiative = With(new OpeningHours
        {
            Monday = [new(9 * 60, 12 * 60 + 30), new(13 * 60 + 30, 17 * 60)],
            Friday = [new(20 * 60, TimeRange.EndOfDay)],
            Saturday = [new(0, 8 * 60)],
            Note = LocalizedText.Of(fr: "Fermé en août"),
        }) with
        {
            ContactModes = [ContactModes.WalkIn, ContactModes.OnReferral],
            Cost = new Cost { Free = true },
            Accessibility = new Accessibility { StepFree = true, InductionLoop = false, Note = LocalizedText.Of(en: "Lift at the back") },
        };

        Assert.Empty(Violations(initiative));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_refused_with_its_times()
    {
        var violation = Assert.Single(Violations(With(Monday(new TimeRange(14 * 60, 9 * 60)))));

        Assert.Equal(("hours_monday", "Rule_Hours_EndBeforeStart"), (violation.Field, violation.Code));
        Assert.Equal(["14:00", "09:00"], violation.Arguments);
    }

    [Fact]
    public void An_empty_range_is_refused() =>
        Assert.Equal("Rule_Hours_EndBeforeStart", Assert.Single(Violations(With(Monday(new TimeRange(600, 600))))).Code);

    [Fact]
    public void Times_past_24_00_are_refused() =>
        Assert.Contains(Violations(With(Monday(new TimeRange(9 * 60, 25 * 60)))), v => v.Code == "Rule_Hours_TimeOutOfRange" && v.Field == "hours_monday");

    [Fact]
    public void Overlapping_ranges_in_a_day_are_refused_whatever_their_order()
    {
        var violation = Assert.Single(Violations(With(new OpeningHours { Wednesday = [new(13 * 60, 17 * 60), new(9 * 60, 13 * 60 + 30)] })));

        Assert.Equal(("hours_wednesday", "Rule_Hours_Overlap"), (violation.Field, violation.Code));
    }

    [Fact]
    public void Ranges_that_touch_do_not_overlap() =>
        Assert.Empty(Violations(With(Monday(new(9 * 60, 12 * 60), new(12 * 60, 14 * 60)))));

    [Fact]
    public void A_day_holds_at_most_four_ranges() =>
        Assert.Equal("Rule_Hours_TooManyRanges", Assert.Single(Violations(With(Monday(
            new TimeRange(60, 120), new TimeRange(180, 240), new TimeRange(300, 360), new TimeRange(420, 480), new TimeRange(540, 600))))).Code);

    [Fact]
    public void By_appointment_only_has_no_ranges() =>
        Assert.Equal("Rule_Hours_AppointmentWithRanges", Assert.Single(Violations(With(Monday(new TimeRange(60, 120)) with { ByAppointmentOnly = true }))).Code);

    [Fact]
    public void Notes_are_bounded_in_every_culture()
    {
        var longNote = LocalizedText.Of(nl: new string('x', VisitRules.MaxNoteLength + 1));
        var initiative = With(new OpeningHours { Note = longNote }) with
        {
            Cost = new Cost { Note = longNote },
            Accessibility = new Accessibility { Note = longNote },
        };

        Assert.Equal(["hours_note_nl", "cost_note_nl", "accessibility_note_nl"], Violations(initiative).Select(v => v.Field));
        Assert.All(Violations(initiative), v => Assert.Equal("Rule_Note_TooLong", v.Code));
    }

    [Fact]
    public void An_unknown_contact_mode_is_refused()
    {
        var violation = Assert.Single(Violations(With() with { ContactModes = [ContactModes.WalkIn, "by-pigeon"] }));

        Assert.Equal(("contact_modes", "Rule_ContactMode_Unknown", "by-pigeon"), (violation.Field, violation.Code, violation.Arguments[0]));
    }
}
