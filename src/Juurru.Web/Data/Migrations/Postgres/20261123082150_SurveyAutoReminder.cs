using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juurru.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class SurveyAutoReminder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AutoRemindedAt",
                table: "Surveys",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReminderDaysBefore",
                table: "Surveys",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AutoRemindedAt",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "ReminderDaysBefore",
                table: "Surveys");
        }
    }
}
