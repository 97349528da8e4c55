using Cartography.Core.Publishing;
using Cartography.Core.Editorial;
using Cartography.Data.Editorial;
using Cartography.Data.Storage;
using Cartography.Data.Writing;

namespace Cartography.Tests.Shared;

/// <summary>
/// What an editor (role Editor) does, through the real content service and reads, for tests that arrange content by
/// name: "ann" saves, "bob" publishes. Tests of roles build their own <see cref="Actor"/> and call the service.
/// </summary>
public sealed class EditorialDesk(CartographyDatabase database, TimeProvider clock, IContentCommitted? committed = null)
{
    public ContentService Content { get; } = new(database, clock, committed);
    private readonly ContentEditor reads = new(database);

    public Task<EditOutcome> CreateAsync<T>(T content, string actor, string? key = null) where T : class => Content.CreateAsync(Actor.Editor(actor), content, key);
    public Task<EditOutcome> SaveAsync<T>(Guid id, int startedFrom, T content, string actor) where T : class => Content.SaveAsync(Actor.Editor(actor), id, startedFrom, content);
    public Task<EditOutcome> PublishAsync<T>(Guid id, string actor, int? expectedVersion = null) where T : class => Content.PublishAsync<T>(Actor.Editor(actor), id, expectedVersion);
    public Task<EditOutcome> UnpublishAsync<T>(Guid id, string actor) where T : class => Content.UnpublishAsync<T>(Actor.Editor(actor), id);
    public Task<EditOutcome> RollbackAsync<T>(Guid id, int number, string actor) where T : class => Content.RollbackAsync<T>(Actor.Editor(actor), id, number);
    public Task<EditOutcome> DeleteAsync<T>(Guid id, string actor) where T : class => Content.DeleteAsync<T>(Actor.Editor(actor), id);
    public Task<EditOutcome> ScheduleAsync<T>(Guid id, DateTimeOffset? publishAt, DateTimeOffset? unpublishAt, string actor) where T : class =>
        Content.ScheduleAsync<T>(Actor.Editor(actor), id, publishAt, unpublishAt);

    public Task<EditableItem<T>?> GetAsync<T>(Guid id) where T : class => reads.GetAsync<T>(id);
    public Task<ContentVersion<T>?> VersionAsync<T>(Guid id, int number) where T : class => reads.VersionAsync<T>(id, number);
    public Task<ContentDiff?> DiffAsync<T>(Guid id, int from, int to) where T : class => reads.DiffAsync<T>(id, from, to);
}
