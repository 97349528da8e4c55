using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cartography.Data.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Moderation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Culture",
                table: "submissions",
                type: "TEXT",
                maxLength: 2,
                nullable: false,
                defaultValue: "fr");

            migrationBuilder.AddColumn<Guid>(
                name: "PublishedItemId",
                table: "submissions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewOrganisation",
                table: "submission_versions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "verification_reminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_verification_reminders", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_verification_reminders_ItemId_SentUtc",
                table: "verification_reminders",
                columns: new[] { "ItemId", "SentUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_verification_reminders_TokenHash",
                table: "verification_reminders",
                column: "TokenHash",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "verification_reminders");

            migrationBuilder.DropColumn(
                name: "Culture",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "PublishedItemId",
                table: "submissions");

            migrationBuilder.DropColumn(
                name: "NewOrganisation",
                table: "submission_versions");
        }
    }
}
