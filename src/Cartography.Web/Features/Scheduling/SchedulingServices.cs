namespace Cartography.Web.Features.Scheduling;

public static class SchedulingServices
{
    /// <summary>Runs scheduled publishing on every node at <c>Cartography:Scheduling:Interval</c>, checked at start-up.</summary>
    public static WebApplicationBuilder AddScheduling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<ScheduledPublishingService>();
        return builder;
    }
}
