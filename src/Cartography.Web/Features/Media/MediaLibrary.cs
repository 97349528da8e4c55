using Cartography.Web.Features.Hosting;

namespace Cartography.Web.Features.Media;

/// <summary>
/// Images uploaded by editors, kept in the data folder's media/ and served under /media. The type is read from the
/// file's first bytes, never from its name or the browser's claim, and the name is ours, so an upload cannot
/// become a page or a script.
/// </summary>
public sealed class MediaLibrary(DataFolder data)
{
    public const long MaxBytes = 2 * 1024 * 1024;
    public const string RequestPath = "/media";

    public string Folder { get; } = Path.Combine(data.Path, "media");

    /// <summary>Saves a portrait image (JPEG, PNG or WebP, at most <see cref="MaxBytes"/>).</summary>
    public async Task<ImageUploadOutcome> SavePortraitImageAsync(Stream content, long length, CancellationToken cancellationToken = default)
    {
        if (length > MaxBytes) return new(ImageUploadStatus.TooLarge);
        using var buffer = new MemoryStream();
        // Reads at most one byte past the limit: a stream that lied about its length is refused all the same.
        await CopyAtMostAsync(content, buffer, MaxBytes + 1, cancellationToken);
        if (buffer.Length > MaxBytes) return new(ImageUploadStatus.TooLarge);
        if (ExtensionOf(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is not { } extension) return new(ImageUploadStatus.NotAnImage);

        var folder = Path.Combine(Folder, "portraits");
        Directory.CreateDirectory(folder);
        var name = $"{Guid.NewGuid():n}.{extension}";
        await File.WriteAllBytesAsync(Path.Combine(folder, name), buffer.ToArray(), cancellationToken);
        return new(ImageUploadStatus.Saved, $"{RequestPath}/portraits/{name}");
    }

    private static string? ExtensionOf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])) return "jpg";
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
        if (bytes.Length >= 12 && bytes[..4].SequenceEqual("RIFF"u8) && bytes[8..12].SequenceEqual("WEBP"u8)) return "webp";
        return null;
    }

    private static async Task CopyAtMostAsync(Stream source, Stream target, long max, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        long total = 0;
        int read;
        while (total < max && (read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, max - total)), cancellationToken)) > 0)
        {
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            total += read;
        }
    }
}
