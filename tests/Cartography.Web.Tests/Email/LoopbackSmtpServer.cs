using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Cartography.Web.Tests.Email;

/// <summary>
/// A small SMTP server on 127.0.0.1 for tests: it holds a real conversation (greeting, EHLO, MAIL FROM, RCPT TO,
/// DATA, QUIT) and keeps what it received. It accepts every message; it can be told to refuse recipients.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task serving;

    public LoopbackSmtpServer(bool refuseRecipients = false)
    {
        RefuseRecipients = refuseRecipients;
        listener.Start();
        serving = Task.Run(ServeAsync);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public bool RefuseRecipients { get; }

    public List<ReceivedMail> Received { get; } = [];

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stopping.Token); }
            catch (OperationCanceledException) { return; }
            using (client) await ConverseAsync(client.GetStream());
        }
    }

    private async Task ConverseAsync(NetworkStream stream)
    {
        using var reader = new StreamReader(stream, Encoding.ASCII);
        await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 localhost test SMTP");
        string? from = null;
        var to = new List<string>();
        while (await reader.ReadLineAsync() is { } line)
        {
            var command = line.Split(' ', 2)[0].ToUpperInvariant();
            switch (command)
            {
                case "EHLO":
                    await writer.WriteLineAsync("250-localhost");
                    await writer.WriteLineAsync("250 8BITMIME");
                    break;
                case "HELO":
                    await writer.WriteLineAsync("250 localhost");
                    break;
                case "MAIL":
                    from = line[10..].Trim('<', '>', ' ');
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "RCPT":
                    if (RefuseRecipients) { await writer.WriteLineAsync("550 No such user"); break; }
                    to.Add(line[8..].Trim('<', '>', ' '));
                    await writer.WriteLineAsync("250 OK");
                    break;
                case "DATA":
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    var data = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".") data.AppendLine(dataLine);
                    lock (Received) Received.Add(new ReceivedMail(from ?? "", [.. to], data.ToString()));
                    await writer.WriteLineAsync("250 OK queued");
                    break;
                case "QUIT":
                    await writer.WriteLineAsync("221 Bye");
                    return;
                default:
                    await writer.WriteLineAsync("250 OK");
                    break;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        try { await serving; } catch (OperationCanceledException) { }
        stopping.Dispose();
    }
}

public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data);
