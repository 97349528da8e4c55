namespace Cartography.Data.Storage;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
