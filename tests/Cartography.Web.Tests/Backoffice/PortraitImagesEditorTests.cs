using Bunit;
using Cartography.Core.Content;
using Cartography.Core.Cultures;
using Cartography.Web.Features.Backoffice.Editing;
using Cartography.Web.Features.Hosting;
using Cartography.Web.Features.Media;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;

namespace Cartography.Web.Tests.Backoffice;

public sealed class PortraitImagesEditorTests : EditorComponentContext
{
    private static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private readonly string dataPath = Path.Combine(Path.GetTempPath(), "cartography-image-tests", Guid.NewGuid().ToString("n"));
    private IReadOnlyList<PortraitImage>? changed;

    public PortraitImagesEditorTests() => Services.AddSingleton(new MediaLibrary(new DataFolder(dataPath)));

    private IRenderedComponent<PortraitImagesEditor> Editor(Culture culture, params PortraitImage[] images) => Render<PortraitImagesEditor>(p => p
        .Add(e => e.Images, images)
        .Add(e => e.Culture, culture)
        .Add(e => e.ImagesChanged, list => changed = list));

    [Fact]
    public void An_uploaded_png_is_saved_under_a_name_of_ours_and_added_without_alternative_text()
    {
        Editor(Culture.Fr).FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(Png, "photo.exe", contentType: "image/png"));

        var image = Assert.Single(changed!);
        Assert.Matches("^/media/portraits/[0-9a-f]{32}\\.png$", image.Path);
        Assert.True(image.Alt.IsEmpty);
        Assert.True(File.Exists(Path.Combine(dataPath, "media", "portraits", Path.GetFileName(image.Path))));
    }

    [Fact]
    public void A_file_that_is_not_an_image_is_refused_whatever_its_name_says()
    {
        var editor = Editor(Culture.Fr);
        editor.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("<script>alert(1)</script>", "photo.png", contentType: "image/png"));

        Assert.Null(changed);
        Assert.Contains("not a JPEG, PNG or WebP image", editor.Find("[role=alert]").TextContent);
        Assert.False(Directory.Exists(Path.Combine(dataPath, "media", "portraits")) && Directory.EnumerateFiles(Path.Combine(dataPath, "media", "portraits")).Any());
    }

    [Fact]
    public void An_image_over_two_megabytes_is_refused()
    {
        var large = new byte[MediaLibrary.MaxBytes + 1];
        Png.CopyTo(large, 0);
        var editor = Editor(Culture.Fr);
        editor.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromBinary(large, "large.png", contentType: "image/png"));

        Assert.Null(changed);
        Assert.Contains("larger than 2 MB", editor.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void A_missing_alternative_text_is_marked_in_the_culture_being_edited()
    {
        var editor = Editor(Culture.Nl, new PortraitImage("/media/portraits/a.png", LocalizedText.Of(fr: "Karim au local")));

        Assert.Contains("missing in Dutch", editor.Find("label[for=alt-0-nl]").TextContent);
        Assert.Contains("Karim au local", editor.Find(".reference-text").TextContent);
    }

    [Fact]
    public void Writing_an_alternative_text_and_removing_an_image_change_the_list()
    {
        var first = new PortraitImage("/media/portraits/a.png", LocalizedText.Of(fr: "Karim au local"));
        var second = new PortraitImage("/media/portraits/b.png", LocalizedText.Of(fr: "Le groupe"));
        var editor = Editor(Culture.Nl, first, second);

        editor.Find("#alt-1-nl").Change("De groep");
        Assert.Equal(LocalizedText.Of(fr: "Le groupe", nl: "De groep"), changed![1].Alt);

        editor.Find("[data-image='0'] button.remove-image").Click();
        Assert.Equal([second], changed);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Directory.Exists(dataPath)) Directory.Delete(dataPath, recursive: true);
    }
}
