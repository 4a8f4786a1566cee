using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juurru.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Adoptions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Rooting",
                table: "Practices",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<DateTime>(
                name: "RootingConfirmedAt",
                table: "Practices",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "RootingOrganisations",
                table: "Practices",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "Adoptions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PracticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: false),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    ScopeDetail = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Adaptation = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ContactName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContactEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ContactLanguage = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    ContactPublic = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConfirmedBy = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ConfirmationRequestedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Token = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Adoptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Adoptions_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Adoptions_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AdoptionEvents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AdoptionId = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Changed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AdoptionEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AdoptionEvents_Adoptions_AdoptionId",
                        column: x => x.AdoptionId,
                        principalTable: "Adoptions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AdoptionEvents_AdoptionId_At",
                table: "AdoptionEvents",
                columns: new[] { "AdoptionId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_OrganisationId",
                table: "Adoptions",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_PracticeId_OrganisationId",
                table: "Adoptions",
                columns: new[] { "PracticeId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_Status_ConfirmedAt",
                table: "Adoptions",
                columns: new[] { "Status", "ConfirmedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Adoptions_Token",
                table: "Adoptions",
                column: "Token",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AdoptionEvents");

            migrationBuilder.DropTable(
                name: "Adoptions");

            migrationBuilder.DropColumn(
                name: "Rooting",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "RootingConfirmedAt",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "RootingOrganisations",
                table: "Practices");
        }
    }
}
