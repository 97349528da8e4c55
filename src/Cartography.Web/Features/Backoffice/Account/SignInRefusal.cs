using System.Globalization;
using Cartography.Web.Features.Registration;
using Cartography.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Cartography.Web.Features.Backoffice.Account;

public static class SignInRefusal
{
    /// <summary>Answers 429 with <c>Retry-After</c>, and gives the page's message saying how long to wait.</summary>
    public static string RefuseForNow(this HttpContext http, TimeSpan retryAfter, IStringLocalizer<SharedResource> l)
    {
        var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
        http.SetOwnStatus(StatusCodes.Status429TooManyRequests);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return l["SignIn_TooMany", (int)Math.Ceiling(seconds / 60.0)];
    }
}
