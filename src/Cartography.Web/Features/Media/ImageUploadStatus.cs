namespace Cartography.Web.Features.Media;

public enum ImageUploadStatus
{
    Saved,
    TooLarge,
    NotAnImage,
}
