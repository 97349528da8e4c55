using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Hosting;

/// <summary>
/// Refuses to start the site outside Development without a usable <c>Cartography:PublicBaseUrl</c>, saying what to
/// set. A start-up check rather than an options validator: the command-line verbs read the same options and most
/// (import, export) build no link.
/// </summary>
public sealed class PublicBaseUrlValidation(IOptions<CartographyOptions> options, IHostEnvironment environment) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        PublicBaseUrlRule.Check(options.Value.PublicBaseUrl, environment.IsDevelopment()) is { } problem
            ? throw new OptionsValidationException(CartographyOptions.Section, typeof(CartographyOptions), [problem])
            : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
