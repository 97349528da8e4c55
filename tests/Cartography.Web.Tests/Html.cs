using AngleSharp;
using AngleSharp.Dom;

namespace Cartography.Web.Tests;

/// <summary>Parses pages the way a browser would, to assert on what a visitor gets.</summary>
public static class Html
{
    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await BrowsingContext.New(Configuration.Default).OpenAsync(request => request.Content(html).Address(response.RequestMessage!.RequestUri!));
    }

    public static async Task<IDocument> GetAsync(this HttpClient client, string url, bool expectOk)
    {
        var response = await client.GetAsync(url);
        if (expectOk) Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}");
        return await ParseAsync(response);
    }
}
