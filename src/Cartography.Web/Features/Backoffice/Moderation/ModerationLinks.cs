namespace Cartography.Web.Features.Backoffice.Moderation;

public static class ModerationLinks
{
    public const string Queue = "/backoffice/moderation";

    public static string Submission(Guid id) => $"{Queue}/{id}";
}
