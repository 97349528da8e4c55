using Cartography.Data.Writing;

namespace Cartography.Data.Tests;

public static class BatchAssertions
{
    /// <summary>Commits the batch and fails the test if the content service refused any of it.</summary>
    public static async Task CommitOrFailAsync(this ContentBatch batch)
    {
        var outcome = await batch.CommitAsync();
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Refused.Select(r => $"{r.Status} {string.Join(", ", r.Violations)}")));
    }
}
