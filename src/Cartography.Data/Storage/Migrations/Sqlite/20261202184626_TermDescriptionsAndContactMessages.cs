using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cartography.Data.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TermDescriptionsAndContactMessages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DescriptionEn",
                table: "taxonomy_terms",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionFr",
                table: "taxonomy_terms",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DescriptionNl",
                table: "taxonomy_terms",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "contact_messages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReceivedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Culture = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 5000, nullable: false),
                    InitiativeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PrivacyNoticeVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Emailed = table.Column<bool>(type: "INTEGER", nullable: false),
                    ReadUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReadBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    AnsweredUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_contact_messages", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_contact_messages_ReceivedUtc",
                table: "contact_messages",
                column: "ReceivedUtc");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "contact_messages");

            migrationBuilder.DropColumn(
                name: "DescriptionEn",
                table: "taxonomy_terms");

            migrationBuilder.DropColumn(
                name: "DescriptionFr",
                table: "taxonomy_terms");

            migrationBuilder.DropColumn(
                name: "DescriptionNl",
                table: "taxonomy_terms");
        }
    }
}
