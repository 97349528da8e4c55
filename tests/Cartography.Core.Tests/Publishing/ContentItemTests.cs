using Cartography.Core.Publishing;

namespace Cartography.Core.Tests.Publishing;

public class ContentItemTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static ContentItem<string> NewItem() => ContentItem<string>.Create(Guid.NewGuid(), "key", "first", "editor", Monday);

    [Fact]
    public void A_new_item_is_a_draft_and_not_public()
    {
        var item = NewItem();

        Assert.Null(item.Published);
        Assert.True(item.HasDraft);
        Assert.Equal(1, item.Latest.Number);
    }

    [Fact]
    public void Publishing_makes_the_latest_version_public()
    {
        var item = NewItem();

        Assert.Equal(PublishingStatus.Published, item.Publish(Monday));

        Assert.Equal("first", item.Published!.Content);
        Assert.False(item.HasDraft);
    }

    [Fact]
    public void Saving_after_publishing_keeps_the_published_version_public()
    {
        var item = NewItem();
        item.Publish(Monday);

        item.Save("second", "editor", Monday.AddHours(1));

        Assert.Equal("first", item.Published!.Content);
        Assert.Equal("second", item.Latest.Content);
        Assert.True(item.HasDraft);
    }

    [Fact]
    public void Publishing_a_draft_replaces_the_published_version_but_keeps_it_in_history()
    {
        var item = NewItem();
        item.Publish(Monday);
        item.Save("second", "editor", Monday.AddHours(1));

        item.Publish(Monday.AddHours(2));

        Assert.Equal("second", item.Published!.Content);
        Assert.Equal(["first", "second"], item.Versions.Select(v => v.Content));
        Assert.Single(item.Versions, v => v.IsPublished);
    }

    [Fact]
    public void Publishing_twice_says_so_instead_of_failing()
    {
        var item = NewItem();
        item.Publish(Monday);

        Assert.Equal(PublishingStatus.AlreadyPublished, item.Publish(Monday));
    }

    [Fact]
    public void Unpublishing_removes_the_item_from_the_public_site_and_keeps_every_version()
    {
        var item = NewItem();
        item.Publish(Monday);

        Assert.Equal(PublishingStatus.Unpublished, item.Unpublish());
        Assert.Equal(PublishingStatus.NotPublished, item.Unpublish());

        Assert.Null(item.Published);
        Assert.Single(item.Versions);
    }

    [Fact]
    public void Rollback_copies_an_old_version_into_a_new_draft()
    {
        var item = NewItem();
        item.Save("second", "editor", Monday.AddHours(1));
        item.Publish(Monday.AddHours(2));

        Assert.Equal(PublishingStatus.RolledBack, item.Rollback(1, "other editor", Monday.AddHours(3)));

        Assert.Equal(3, item.Latest.Number);
        Assert.Equal("first", item.Latest.Content);
        Assert.Equal("other editor", item.Latest.Author);
        Assert.Equal("second", item.Published!.Content);
    }

    [Fact]
    public void Rollback_to_a_missing_version_is_refused_and_changes_nothing()
    {
        var item = NewItem();

        Assert.Equal(PublishingStatus.VersionNotFound, item.Rollback(7, "editor", Monday));
        Assert.Single(item.Versions);
    }

    [Fact]
    public void Restore_refuses_two_published_versions()
    {
        var versions = new[]
        {
            new ContentVersion<string>(1, "a", "x", Monday, Monday),
            new ContentVersion<string>(2, "b", "x", Monday, Monday),
        };

        Assert.Throws<ArgumentException>(() => ContentItem<string>.Restore(Guid.NewGuid(), null, versions));
    }
}
