namespace Cartography.Web.Resources;

/// <summary>
/// Marker for the interface strings: SharedResource.fr.resx, .nl.resx and .en.resx beside this file. There is
/// deliberately no neutral .resx, so a key missing in one culture is found missing instead of silently falling back.
/// </summary>
public sealed class SharedResource;
