using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cartography.Data.Storage.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class ContentSlugs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "content_slugs",
                columns: table => new
                {
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Culture = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_content_slugs", x => new { x.Type, x.Culture, x.Slug });
                });

            migrationBuilder.CreateIndex(
                name: "IX_content_slugs_ItemId",
                table: "content_slugs",
                column: "ItemId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "content_slugs");
        }
    }
}
