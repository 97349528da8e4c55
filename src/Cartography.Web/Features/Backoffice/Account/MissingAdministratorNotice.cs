namespace Cartography.Web.Features.Backoffice.Account;

/// <summary>
/// On start, creates the roles and, while no administrator exists, says on the console how to create one. There is
/// no default account or password to fall back on.
/// </summary>
public sealed class MissingAdministratorNotice(IServiceProvider services, IWebHostEnvironment environment) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var setup = scope.ServiceProvider.GetRequiredService<AdministratorSetup>();
        await setup.EnsureRolesAsync();
        if (await setup.AnyAdministratorAsync()) return;
        Console.WriteLine($"The back office has no administrator yet. Create one, then open the link it prints:{Environment.NewLine}  {Command(environment.ContentRootPath)} create-admin --email <your email address>");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>How this copy of the site is started: from the sources with dotnet run, or as a published dll.</summary>
    public static string Command(string contentRoot) =>
        File.Exists(Path.Combine(contentRoot, "src", "Cartography.Web", "Cartography.Web.csproj"))
            ? "dotnet run --project src/Cartography.Web --"
            : "dotnet Cartography.Web.dll";
}
