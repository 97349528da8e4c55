using Cartography.Data.Contact;
using Cartography.Data.Editorial;
using Cartography.Web.Features.Registration;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Scheduling;

/// <summary>
/// Publishes and unpublishes scheduled items when they fall due (the read models catch up through the change table),
/// and erases contact messages older than <see cref="ContactRetention.Period"/>.
/// </summary>
public sealed class ScheduledPublishingService(
    ScheduledPublishing scheduler, ContactMessageStore messages, TimeProvider clock, IOptions<SchedulingOptions> options,
    ILogger<ScheduledPublishingService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        while (await NextTickAsync(timer, stoppingToken))
        {
            try
            {
                var run = await scheduler.RunDueAsync(clock.GetUtcNow(), stoppingToken);
                if (run.Published + run.Unpublished > 0)
                    logger.LogInformation("Scheduled publishing: {Published} published, {Unpublished} unpublished", run.Published, run.Unpublished);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Scheduled publishing failed; it is tried again at the next interval");
            }
            await EraseOldMessagesAsync(stoppingToken);
        }
    }

    /// <summary>Every node runs it; erasing what another node erased already deletes nothing.</summary>
    private async Task EraseOldMessagesAsync(CancellationToken stoppingToken)
    {
        try
        {
            var erased = await messages.EraseReceivedBeforeAsync(clock.GetUtcNow() - ContactRetention.Period, stoppingToken);
            if (erased > 0) logger.LogInformation("Contact messages past their retention period erased: {Count}", erased);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Erasing old contact messages failed; it is tried again at the next interval");
        }
    }

    /// <summary>False when the host stops, instead of an exception the host would log as a failure.</summary>
    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
