using Cartography.Core.Registration;

namespace Cartography.Web.Features.Backoffice.Moderation;

/// <summary>What a submission may duplicate: published initiatives and other pending submissions.</summary>
public sealed record SubmissionDuplicates(IReadOnlyList<DuplicateMatch> Published, IReadOnlyList<DuplicateMatch> Pending)
{
    public static SubmissionDuplicates None { get; } = new([], []);

    public bool Any => Published.Count > 0 || Pending.Count > 0;
}
