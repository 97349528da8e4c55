using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Registration;

public static class RegistrationServices
{
    /// <summary>The rate-limiting policy named by the registration pages.</summary>
    public const string RateLimitPolicy = "registration";

    public static WebApplicationBuilder AddRegistration(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RegistrationOptions>().BindConfiguration(RegistrationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<ConfirmationEmails>();
        builder.Services.AddSingleton<PrivacyCookies>();
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only posts count: reading the form, or an edit link, costs nothing worth limiting.
            options.AddPolicy(RateLimitPolicy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method)) return RateLimitPartition.GetNoLimiter("read");
                var settings = context.RequestServices.GetRequiredService<IOptions<RegistrationOptions>>().Value;
                var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
                return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = settings.PostsPerWindow, Window = settings.Window, QueueLimit = 0,
                });
            });
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var response = rejected.HttpContext.Response;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                    response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await RefusalPage.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Register_TooMany", cancellationToken);
            };
        });
        return builder;
    }

    /// <summary>
    /// After routing and request localization (the refusals are written in the URL's language), before antiforgery
    /// reads the form: the rate limit, then the size of the body, checked before anything reads it.
    /// </summary>
    public static WebApplication UseRegistration(this WebApplication app)
    {
        app.UseRateLimiter();
        app.Use(LimitBodySizeAsync);
        return app;
    }

    private static async Task LimitBodySizeAsync(HttpContext context, RequestDelegate next)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.GetEndpoint()?.Metadata.GetMetadata<RegistrationEndpointAttribute>() is null)
        {
            await next(context);
            return;
        }
        var limit = context.RequestServices.GetRequiredService<IOptions<RegistrationOptions>>().Value.MaxRequestBytes;
        if (context.Request.ContentLength is { } length)
        {
            if (length > limit)
            {
                await RefusalPage.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Register_TooLarge", context.RequestAborted);
                return;
            }
        }
        else
        {
            // No declared length (a chunked body): read at most one byte past the limit, and keep what was read.
            var buffer = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    await RefusalPage.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Register_TooLarge", context.RequestAborted);
                    return;
                }
            }
            buffer.Position = 0;
            context.Request.Body = buffer;
        }
        await next(context);
    }
}
