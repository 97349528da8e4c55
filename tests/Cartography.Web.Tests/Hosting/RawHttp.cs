using System.Net.Sockets;
using System.Text;

namespace Cartography.Web.Tests.Hosting;

/// <summary>A request written byte for byte on a socket, as no HttpClient would send it, and the whole answer read back.</summary>
public static class RawHttp
{
    public static async Task<(int Status, string Head, string Body)> SendAsync(Uri site, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(site.Host, site.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var answer = await reader.ReadToEndAsync(timeout.Token);
        var split = answer.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? answer : answer[..split];
        var status = int.Parse(head.Split(' ', 3)[1]);
        return (status, head, split < 0 ? "" : answer[(split + 4)..]);
    }
}
