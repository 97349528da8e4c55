namespace Cartography.Web.Features.Email;

public static class EmailServices
{
    public static WebApplicationBuilder AddEmail(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<EmailSender>();
        return builder;
    }

    /// <summary>Says on the console where messages go, so that on a fresh clone they can be found.</summary>
    public static WebApplication AnnounceEmail(this WebApplication app)
    {
        var sender = app.Services.GetRequiredService<EmailSender>();
        if (!sender.UsesSmtp)
            app.Logger.LogInformation("No SMTP server configured (Cartography:Email:Host): emails are written as .eml files to {Folder}", sender.PickupFolder);
        return app;
    }
}
