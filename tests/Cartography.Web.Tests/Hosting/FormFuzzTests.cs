using System.Net.Http.Headers;
using System.Text;
using Cartography.Web.Tests.Registration;

namespace Cartography.Web.Tests.Hosting;

/// <summary>
/// A small, seeded fuzzer: a few hundred malformed posts to the form endpoints (odd content types, broken percent
/// encodings, NULs and controls, too many or too long fields, torn multiparts). Whatever the site says, it is no 5xx.
/// </summary>
public sealed class FormFuzzTests(RegistrationFactory site) : IClassFixture<RegistrationFactory>
{
    private static readonly string[] Endpoints = ["/fr/register", "/nl/register", "/en/register/edit/abc", "/fr/register/edit/", "/backoffice/account/culture", "/backoffice/account/signout", "/fr/verify/abc", "/backoffice/signin", "/error"];

    private static readonly string?[] ContentTypes =
    [
        null, "", "application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=utf-16", "application/x-www-form-urlencoded; charset=nope",
        "multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=zz", "multipart/form-data; boundary=\"a b\"",
        "text/plain", "application/json", "application/octet-stream", "form", "*/*",
    ];

    private static readonly string[] Pieces =
    [
        "%00", "%", "%G1", "%C3", "%FF%FE", "%E2%80%AE", "=", "&", "&&", "==", "+", "\u0000", "\u0001", "é", "\uD800", "Form.NameFr", "Form.Sectors",
        "__RequestVerificationToken", "_handler", "culture", "Form.Latitude", "1e309", "NaN", "-0", "..", "<script>", "\r\n", "--zz", "--zz--",
        "Content-Disposition: form-data; name=\"a\"", "\r\n\r\n",
    ];

    private static string Noise(Random random, int pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces; i++) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    private static HttpContent Body(Random random)
    {
        var text = random.Next(6) switch
        {
            0 => string.Join("&", Enumerable.Range(0, random.Next(1000, 1400)).Select(i => $"k{i}={Noise(random, 1)}")),
            1 => "Form.NameFr=" + new string('a', random.Next(1, 200_000)),
            2 => "--zz\r\nContent-Disposition: form-data; name=\"Form.NameFr\"\r\n\r\n" + Noise(random, 20),
            _ => string.Join("&", Enumerable.Range(0, random.Next(1, 40)).Select(_ => Noise(random, random.Next(1, 6)) + "=" + Noise(random, random.Next(0, 6)))),
        };
        var bytes = random.Next(10) == 0 ? RandomBytes(random) : Encoding.UTF8.GetBytes(text);
        var content = new ByteArrayContent(bytes);
        var type = ContentTypes[random.Next(ContentTypes.Length)];
        if (type is not null) content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }

    private static byte[] RandomBytes(Random random)
    {
        var bytes = new byte[random.Next(1, 4096)];
        random.NextBytes(bytes);
        return bytes;
    }

    [Fact]
    public async Task Three_hundred_malformed_form_posts_get_no_server_error()
    {
        var random = new Random(20261201);
        var client = site.CreatePlainClient();
        var failures = new List<string>();

        for (var i = 0; i < 300; i++)
        {
            var path = Endpoints[random.Next(Endpoints.Length)];
            var method = random.Next(8) == 0 ? HttpMethod.Put : HttpMethod.Post;
            var response = await client.SendAsync(new HttpRequestMessage(method, path) { Content = Body(random) });
            if ((int)response.StatusCode >= 500) failures.Add($"#{i} {method} {path}: {(int)response.StatusCode}");
        }

        Assert.Empty(failures);
    }
}
