namespace Cartography.Data.Import;

/// <summary>Whether an uploaded file was read at all; when it was not, nothing was previewed or written.</summary>
public enum ImportFileStatus
{
    Read,
    TooLarge,
    TooManyRows,
    NotUtf8,
    /// <summary>Empty, or its header is not the importer's (missing or unknown columns).</summary>
    BadHeader,
    /// <summary>At commit: the file is not the one that was previewed.</summary>
    NotThePreviewedFile,
}
