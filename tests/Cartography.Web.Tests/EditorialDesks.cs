using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Cartography.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests;

public static class EditorialDesks
{
    /// <summary>An editor's actions on a site's own content service and database (this node catches up after each publish).</summary>
    public static EditorialDesk Desk(this IServiceProvider services) =>
        new(services.GetRequiredService<CartographyDatabase>(), services.GetRequiredService<TimeProvider>(), services.GetService<IContentCommitted>());
}
