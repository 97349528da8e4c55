using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Cartography.Data.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Editorial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DeletedUtc",
                table: "content_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "EditState",
                table: "content_items",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "LastSavedBy",
                table: "content_items",
                type: "character varying(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateTime>(
                name: "LastSavedUtc",
                table: "content_items",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            migrationBuilder.AddColumn<DateOnly>(
                name: "LastVerified",
                table: "content_items",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameEn",
                table: "content_items",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameFr",
                table: "content_items",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameNl",
                table: "content_items",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "PublishAtUtc",
                table: "content_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Revision",
                table: "content_items",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "content_items",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SortName",
                table: "content_items",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "TranslatedEn",
                table: "content_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "TranslatedFr",
                table: "content_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "TranslatedNl",
                table: "content_items",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishAtUtc",
                table: "content_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UnpublishedUtc",
                table: "content_items",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Actor = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Subject = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Detail = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_audit_entries", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_LastSavedUtc",
                table: "content_items",
                column: "LastSavedUtc");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_PublishAtUtc",
                table: "content_items",
                column: "PublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Type_DeletedUtc_EditState_LastSavedUtc",
                table: "content_items",
                columns: new[] { "Type", "DeletedUtc", "EditState", "LastSavedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Type_DeletedUtc_LastSavedUtc",
                table: "content_items",
                columns: new[] { "Type", "DeletedUtc", "LastSavedUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Type_DeletedUtc_LastVerified",
                table: "content_items",
                columns: new[] { "Type", "DeletedUtc", "LastVerified" });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Type_DeletedUtc_SortName",
                table: "content_items",
                columns: new[] { "Type", "DeletedUtc", "SortName" });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_Type_DeletedUtc_TranslatedFr_TranslatedNl_Tra~",
                table: "content_items",
                columns: new[] { "Type", "DeletedUtc", "TranslatedFr", "TranslatedNl", "TranslatedEn" });

            migrationBuilder.CreateIndex(
                name: "IX_content_items_UnpublishAtUtc",
                table: "content_items",
                column: "UnpublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_audit_entries_AtUtc",
                table: "audit_entries",
                column: "AtUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropIndex(
                name: "IX_content_items_LastSavedUtc",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_PublishAtUtc",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_Type_DeletedUtc_EditState_LastSavedUtc",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_Type_DeletedUtc_LastSavedUtc",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_Type_DeletedUtc_LastVerified",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_Type_DeletedUtc_SortName",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_Type_DeletedUtc_TranslatedFr_TranslatedNl_Tra~",
                table: "content_items");

            migrationBuilder.DropIndex(
                name: "IX_content_items_UnpublishAtUtc",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "DeletedUtc",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "EditState",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "LastSavedBy",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "LastSavedUtc",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "LastVerified",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "NameEn",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "NameFr",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "NameNl",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "PublishAtUtc",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "Revision",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "SortName",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "TranslatedEn",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "TranslatedFr",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "TranslatedNl",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "UnpublishAtUtc",
                table: "content_items");

            migrationBuilder.DropColumn(
                name: "UnpublishedUtc",
                table: "content_items");
        }
    }
}
