using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cartography.Data.Storage.Migrations.PostgreSql
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
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "fr");

            migrationBuilder.AddColumn<Guid>(
                name: "PublishedItemId",
                table: "submissions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NewOrganisation",
                table: "submission_versions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "verification_reminders",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<byte[]>(type: "bytea", maxLength: 32, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConfirmedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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
