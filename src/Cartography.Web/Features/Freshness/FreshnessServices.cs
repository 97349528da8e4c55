using Cartography.Data.Freshness;
using Cartography.Data.Storage;
using Cartography.Data.Writing;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Freshness;

public static class FreshnessServices
{
    /// <summary>Reminders to confirm stale initiatives, sent by every node at <c>Cartography:Freshness:Interval</c>, and the page their link opens.</summary>
    public static WebApplicationBuilder AddFreshness(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<FreshnessOptions>().BindConfiguration(FreshnessOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton(provider => new VerificationReminders(provider.GetRequiredService<CartographyDatabase>(),
            provider.GetRequiredService<TimeProvider>(), provider.GetRequiredService<ContentService>(),
            provider.GetRequiredService<IOptions<FreshnessOptions>>().Value.Rules));
        builder.Services.AddSingleton<ReminderMail>();
        builder.Services.AddSingleton<ReminderSender>();
        builder.Services.AddHostedService<FreshnessService>();
        return builder;
    }
}
