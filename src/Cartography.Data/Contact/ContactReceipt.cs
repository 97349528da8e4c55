using Cartography.Core.Content;

namespace Cartography.Data.Contact;

/// <summary>What became of a contact message: stored under an id, or rejected with the rules it breaks (nothing stored).</summary>
public sealed record ContactReceipt(Guid? Id, IReadOnlyList<RuleViolation> Violations)
{
    public bool IsStored => Id is not null;

    public static ContactReceipt Stored(Guid id) => new(id, []);

    public static ContactReceipt Rejected(IReadOnlyList<RuleViolation> violations) => new(null, violations);
}
