using Cartography.Core.Content;
using Cartography.Data.Content;
using Cartography.Data.Editorial;
using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Writing;

/// <summary>
/// At start-up, gives every published organisation and resource the slugs its public page needs, when it was written
/// before the type had pages (or past the rules): one content-service transaction each, with its version, audit and
/// change rows. Cheap when there is nothing to do: both types are few, and only their published versions are read.
/// </summary>
public sealed class PublishedSlugBackfill(ContentService content)
{
    private static readonly Actor Backfill = Actor.System("slug backfill");
    private static readonly string[] Types = [nameof(ContentType.Organisation), nameof(ContentType.Resource)];

    public async Task<int> FillAsync(CancellationToken cancellationToken = default)
    {
        var filled = 0;
        foreach (var type in Types)
        {
            List<Guid> lacking;
            await using (var context = content.Database.CreateContext())
            {
                var published = await (from item in context.ContentItems
                                       join version in context.ContentVersions on new { ItemId = item.Id, Number = item.PublishedVersion ?? -1 } equals new { version.ItemId, version.Number }
                                       where item.Type == type && item.DeletedUtc == null
                                       select new { item.Id, version.Data }).AsNoTracking().ToListAsync(cancellationToken);
                lacking = published.Where(p => SlugReservations.Of(ContentJson.Read(type, p.Data)) is { } slugs && slugs.MissingCultures.Any())
                    .Select(p => p.Id).ToList();
            }
            foreach (var id in lacking)
            {
                var outcome = await content.RunAsync((tx, ct) => tx.CompletePublishedSlugsAsync(Backfill, type, id, ct), o => o.Succeeded,
                    EditOutcome.Refused(EditStatus.Conflict, id), cancellationToken);
                if (outcome.Succeeded) filled++;
            }
        }
        return filled;
    }
}
