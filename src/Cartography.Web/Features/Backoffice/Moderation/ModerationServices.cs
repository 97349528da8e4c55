namespace Cartography.Web.Features.Backoffice.Moderation;

public static class ModerationServices
{
    /// <summary>The moderation desk: decisions with their emails, and duplicate flags.</summary>
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddSingleton<DuplicateFlags>();
        services.AddSingleton<ModerationMail>();
        services.AddSingleton<ModerationDesk>();
        return services;
    }
}
