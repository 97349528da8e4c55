namespace Cartography.Web.Features.Email;

/// <summary>What became of a message: sent, written to a file (with its path), or why not.</summary>
public sealed record EmailOutcome(EmailStatus Status, string? Detail = null)
{
    public bool Delivered => Status is EmailStatus.Sent or EmailStatus.Written;
}
