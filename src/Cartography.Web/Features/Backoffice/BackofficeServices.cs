using Cartography.Data.Accounts;
using Cartography.Data.Audit;
using Cartography.Data.Storage;
using Cartography.Web.Features.Backoffice.Account;
using Cartography.Web.Features.Backoffice.Moderation;
using Cartography.Web.Features.Backoffice.Users;
using Cartography.Web.Features.Hosting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;

namespace Cartography.Web.Features.Backoffice;

public static class BackofficeServices
{
    /// <summary>Accounts (ASP.NET Core Identity on our database), the back office cookie, policies and audit log.</summary>
    public static WebApplicationBuilder AddBackoffice(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<AuditLog>();
        services.AddScoped<CartographyDbContext>(provider => provider.GetRequiredService<CartographyDatabase>().CreateContext());

        services.AddIdentity<CartographyUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over composition rules (NIST SP 800-63B): twelve characters, any kind, not all the same few.
                options.Password.RequiredLength = 12;
                options.Password.RequiredUniqueChars = 4;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<CartographyDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddClaimsPrincipalFactory<BackofficeClaimsFactory>();
        services.AddOptions<IdentityOptions>().Configure<IOptions<AccountOptions>>((identity, accounts) =>
        {
            identity.Lockout.MaxFailedAccessAttempts = accounts.Value.MaxFailedSignIns;
            identity.Lockout.DefaultLockoutTimeSpan = accounts.Value.LockoutDuration;
        });
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IOptions<AccountOptions>>((tokens, accounts) =>
            tokens.TokenLifespan = accounts.Value.SetPasswordLinkLifetime);
        // The stamp is checked on every request, so a sign-out, a new password, a removed account or a changed role
        // refuses every copy of the old cookie at once (a back office sees few requests: one user lookup each is cheap).
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<SignInAudit>();
        services.AddScoped<SignInAttempts>();

        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = ".Cartography.Backoffice";
            cookie.LoginPath = BackofficeLinks.SignIn;
            cookie.AccessDeniedPath = BackofficeLinks.AccessDenied;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
            cookie.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden);
        });
        foreach (var scheme in new[] { IdentityConstants.ApplicationScheme, IdentityConstants.TwoFactorUserIdScheme, IdentityConstants.TwoFactorRememberMeScheme, IdentityConstants.ExternalScheme })
            services.Configure<CookieAuthenticationOptions>(scheme, cookie =>
            {
                // The public site never sees these cookies: the browser sends them to /backoffice only.
                cookie.Cookie.Path = BackofficeLinks.Root;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            });

        services.AddAuthorizationBuilder().AddBackofficePolicies();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, BackofficeAuthenticationStateProvider>();
        // Runs after the site's own localization setup (AddCartographyLocalization comes first in Program.cs).
        services.Configure<RequestLocalizationOptions>(options => options.RequestCultureProviders.Insert(0, new BackofficeCultureProvider()));

        services.AddScoped<SetPasswordLinks>();
        services.AddScoped<AdministratorSetup>();
        services.AddSingleton<UserAdministration>();
        services.AddHostedService<MissingAdministratorNotice>();
        services.AddModeration();
        return builder;
    }

    /// <summary>The back office's endpoints besides its pages: sign-out, the language switch and its Blazor hub.</summary>
    public static WebApplication MapBackoffice(this WebApplication app)
    {
        app.MapAccountEndpoints();
        app.MapBlazorHub(BackofficeLinks.Hub).RequireAuthorization(BackofficePolicies.Backoffice);
        return app;
    }

    /// <summary>The interactive render mode the back office pages use (public pages stay static).</summary>
    public static RazorComponentsEndpointConventionBuilder AddBackofficeRenderMode(this RazorComponentsEndpointConventionBuilder pages)
    {
        pages.AddInteractiveServerRenderMode();
        // The framework's own hub at /_blazor is not used (the back office connects to its own, where its cookie goes):
        // it is closed to anyone without a back office session, that is, to everyone.
        pages.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder { RoutePattern.RawText: { } route } && IsFrameworkHub(route))
                endpoint.Metadata.Add(new AuthorizeAttribute(BackofficePolicies.Backoffice));
        });
        return pages;
    }

    private static bool IsFrameworkHub(string route) => route.TrimStart('/') is "_blazor" or "_blazor/negotiate";

    /// <summary>Pages redirect to sign-in or to the access-denied page; the hub and other non-page requests get the bare status.</summary>
    private static Task Challenge(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        var path = context.Request.Path;
        if (path.StartsWithSegments(BackofficeLinks.Hub) || path.StartsWithSegments("/_blazor") || !HttpMethods.IsGet(context.Request.Method))
        {
            // A bare status, not the not-found page re-executed in its place (as a POST, which a page refuses with 400).
            if (context.HttpContext.Features.Get<IStatusCodePagesFeature>() is { } pages) pages.Enabled = false;
            context.Response.StatusCode = status;
        }
        else
            context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
