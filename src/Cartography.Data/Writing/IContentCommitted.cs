namespace Cartography.Data.Writing;

/// <summary>
/// Told after a write that changed the public site has committed, so this node's read model and index catch up at
/// once rather than at the next refresh (other nodes catch up from the change table). Implemented by the host.
/// </summary>
public interface IContentCommitted
{
    /// <summary>Must not throw: the write is already durable.</summary>
    Task CommittedAsync(CancellationToken cancellationToken);
}
