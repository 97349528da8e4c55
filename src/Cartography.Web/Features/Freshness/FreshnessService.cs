using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Freshness;

/// <summary>Runs the reminder pass a little after start-up, then at every interval.</summary>
public sealed class FreshnessService(ReminderSender sender, TimeProvider clock, IOptions<FreshnessOptions> options, ILogger<FreshnessService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = options.Value.FirstRunAfter;
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
            do
            {
                try
                {
                    await sender.RunOnceAsync(stoppingToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Verification reminders failed; they are tried again at the next interval");
                }
            } while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
