using System.ComponentModel.DataAnnotations;

namespace Cartography.Data.Storage;

/// <summary><c>Cartography:Database</c>: which engine, and how to reach it.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Cartography:Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>For SQLite, optional (a file in the data folder by default); for PostgreSQL, required.</summary>
    public string? ConnectionString { get; set; }
}
