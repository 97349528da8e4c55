namespace Cartography.Web.Features.Media;

/// <summary>What became of an uploaded image: its public path when saved, else why it was refused.</summary>
public sealed record ImageUploadOutcome(ImageUploadStatus Status, string? Path = null);
