using Microsoft.EntityFrameworkCore;

namespace Cartography.Data.Storage;

/// <summary>One-off facts about the database, such as "the seed content has been imported".</summary>
public sealed class Markers(CartographyDatabase database, TimeProvider clock)
{
    public const string SeedContentImported = "seed-content-imported";

    public async Task<bool> IsSetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.Markers.AnyAsync(m => m.Name == name, cancellationToken);
    }

    public async Task SetAsync(string name, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        if (await context.Markers.AnyAsync(m => m.Name == name, cancellationToken)) return;
        context.Markers.Add(new MarkerRow { Name = name, SetUtc = clock.GetUtcNow().UtcDateTime });
        await context.SaveChangesAsync(cancellationToken);
    }
}
