using Cartography.Web.Features.Media;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

/// <summary>Uploaded images reach visitors under /media with their real type, and nothing else there does.</summary>
public sealed class MediaServingTests(CartographyFactory site) : IClassFixture<CartographyFactory>
{
    [Fact]
    public async Task A_saved_image_is_served_with_its_type_and_no_sniffing()
    {
        var media = site.Services.GetRequiredService<MediaLibrary>();
        byte[] png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3];
        var outcome = await media.SavePortraitImageAsync(new MemoryStream(png), png.Length);

        var response = await site.CreateClient().GetAsync(outcome.Path);

        response.EnsureSuccessStatusCode();
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(png, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_stream_longer_than_it_claimed_is_refused_as_too_large()
    {
        var media = site.Services.GetRequiredService<MediaLibrary>();
        var content = new byte[MediaLibrary.MaxBytes + 10];
        content[0] = 0xFF; content[1] = 0xD8; content[2] = 0xFF;

        var outcome = await media.SavePortraitImageAsync(new MemoryStream(content), length: 100);

        Assert.Equal(ImageUploadStatus.TooLarge, outcome.Status);
    }

    [Fact]
    public async Task An_unknown_media_file_is_not_found()
    {
        var response = await site.CreateClient().GetAsync("/media/portraits/none.png");

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
    }
}
