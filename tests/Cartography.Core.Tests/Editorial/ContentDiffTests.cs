using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Core.Editorial;
using Cartography.Core.Places;

namespace Cartography.Core.Tests.Editorial;

public class ContentDiffTests
{
    private static readonly Initiative Before = new()
    {
        Name = LocalizedText.Of(fr: "Pair à pair", nl: "Peer to peer"),
        Description = LocalizedText.Of(fr: "Un groupe."),
        Status = "volunteer",
        Sectors = ["mental-health", "addiction"],
        Languages = ["fr"],
        Address = new Address("Rue Haute 1", "1000", "Bruxelles"),
        Location = new GeoPoint(50.8466, 4.3528),
        LastVerified = new DateOnly(2025, 3, 1),
    };

    [Fact]
    public void Identical_versions_have_no_changes()
    {
        Assert.True(ContentDiff.Between(Before, Before with { }).IsEmpty);
    }

    [Fact]
    public void A_text_changed_in_one_culture_is_listed_under_that_culture_only()
    {
        var after = Before with { Name = Before.Name.With(Culture.Nl, "Ervaringsdeskundigen") };

        var change = Assert.Single(ContentDiff.Between(Before, after).Changes);

        Assert.Equal(FieldChange.Value("name.nl", "Peer to peer", "Ervaringsdeskundigen").Path, change.Path);
        Assert.Equal(("Peer to peer", "Ervaringsdeskundigen"), (change.Before, change.After));
    }

    [Fact]
    public void A_translation_added_has_no_before_and_one_removed_has_no_after()
    {
        var after = Before with
        {
            Description = Before.Description.With(Culture.En, "A group."),
            Name = Before.Name.With(Culture.Nl, null),
        };

        var diff = ContentDiff.Between(Before, after);

        Assert.Equal((null, "A group."), (diff["description.en"]!.Before, diff["description.en"]!.After));
        Assert.Equal(("Peer to peer", null), (diff["name.nl"]!.Before, diff["name.nl"]!.After));
    }

    [Fact]
    public void Lists_are_shown_as_what_was_added_and_what_was_removed()
    {
        var after = Before with { Sectors = ["addiction", "housing", "youth"], Languages = ["fr", "nl"] };

        var diff = ContentDiff.Between(Before, after);

        Assert.Equal(["housing", "youth"], diff["sectors"]!.Added);
        Assert.Equal(["mental-health"], diff["sectors"]!.Removed);
        Assert.Equal(["nl"], diff["languages"]!.Added);
        Assert.Empty(diff["languages"]!.Removed);
        Assert.True(diff["sectors"]!.IsList);
    }

    [Fact]
    public void A_list_in_another_order_is_not_a_change()
    {
        Assert.True(ContentDiff.Between(Before, Before with { Sectors = ["addiction", "mental-health"] }).IsEmpty);
    }

    [Fact]
    public void Nested_records_are_compared_field_by_field_and_derived_fields_are_left_out()
    {
        var after = Before with { Address = new Address("Rue Haute 1", "4000", "Liège") };

        var diff = ContentDiff.Between(Before, after);

        Assert.Equal(["address.postalCode", "address.city"], diff.Changes.Select(c => c.Path));
        Assert.Equal(("1000", "4000"), (diff["address.postalCode"]!.Before, diff["address.postalCode"]!.After));
        Assert.DoesNotContain(diff.Changes, c => c.Path.Contains("province", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_location_a_date_and_an_enum_read_as_plain_text()
    {
        var after = Before with { Location = null, LastVerified = new DateOnly(2026, 11, 2), Activity = Activity.Ended, PeerWorkerCount = 4 };

        var diff = ContentDiff.Between(Before, after);

        Assert.Equal(("50.8466, 4.3528", null), (diff["location"]!.Before, diff["location"]!.After));
        Assert.Equal(("2025-03-01", "2026-11-02"), (diff["lastVerified"]!.Before, diff["lastVerified"]!.After));
        Assert.Equal(("active", "ended"), (diff["activity"]!.Before, diff["activity"]!.After));
        Assert.Equal((null, "4"), (diff["peerWorkerCount"]!.Before, diff["peerWorkerCount"]!.After));
    }

    [Fact]
    public void The_changes_follow_the_order_the_fields_are_declared_in()
    {
        var after = Before with { Website = "https://example.org", Name = Before.Name.With(Culture.Fr, "Autre"), Status = "salaried" };

        Assert.Equal(["name.fr", "status", "website"], ContentDiff.Between(Before, after).Changes.Select(c => c.Path));
    }

    [Fact]
    public void Images_of_a_portrait_are_compared_by_position_with_their_alternative_text_per_culture()
    {
        var before = new Portrait
        {
            Title = LocalizedText.Of(fr: "Portrait"),
            Images = [new PortraitImage("a.jpg", LocalizedText.Of(fr: "Une femme"))],
            InitiativeIds = [Guid.Parse("11111111-1111-1111-1111-111111111111")],
        };
        var after = before with
        {
            Images = [new PortraitImage("a.jpg", LocalizedText.Of(fr: "Une femme", nl: "Een vrouw")), new PortraitImage("b.jpg", LocalizedText.Empty)],
            InitiativeIds = [],
        };

        var diff = ContentDiff.Between(before, after);

        Assert.Equal((null, "Een vrouw"), (diff["images.0.alt.nl"]!.Before, diff["images.0.alt.nl"]!.After));
        Assert.Equal((null, "b.jpg"), (diff["images.1.path"]!.Before, diff["images.1.path"]!.After));
        Assert.Equal(["11111111-1111-1111-1111-111111111111"], diff["initiativeIds"]!.Removed);
    }

    [Fact]
    public void The_summary_of_each_type_counts_a_culture_as_translated_only_with_name_and_description()
    {
        var resource = new Resource { Title = LocalizedText.Of(fr: "Guide", nl: "Gids"), Summary = LocalizedText.Of(fr: "Résumé"), Category = "guide", DocumentLanguage = "fr" };

        var summary = ContentSummary.Of(resource);

        Assert.True(summary.IsTranslatedIn(Culture.Fr));
        Assert.False(summary.IsTranslatedIn(Culture.Nl));
        Assert.Equal(new DateOnly(2025, 3, 1), ContentSummary.Of(Before).LastVerified);
        Assert.Throws<ArgumentException>(() => ContentSummary.Of("not content"));
    }
}
