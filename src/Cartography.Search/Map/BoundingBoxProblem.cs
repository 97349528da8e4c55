namespace Cartography.Search.Map;

/// <summary>Why <see cref="BoundingBox.TryCreate(double, double, double, double, out BoundingBox, out BoundingBoxProblem)"/> refused four numbers.</summary>
public enum BoundingBoxProblem
{
    None,
    NotANumber,
    LatitudeOutOfRange,
    LongitudeOutOfRange,
    WestIsEastOfEast,
    SouthIsNorthOfNorth,
}
