using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Cartography.Web.Tests;

/// <summary>
/// The test server gives every request the same (absent) client address; this sets the one a test client names in
/// <see cref="ClientAddresses.Header"/>, so tests can play several people on several connections.
/// </summary>
public sealed class ClientAddressFilter : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (IPAddress.TryParse(context.Request.Headers[ClientAddresses.Header], out var address)) context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
