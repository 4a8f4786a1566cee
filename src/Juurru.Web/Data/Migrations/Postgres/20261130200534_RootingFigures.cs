using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juurru.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class RootingFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUpAnswers_PracticeId",
                table: "FollowUpAnswers");

            migrationBuilder.AddColumn<int>(
                name: "StartYear",
                table: "Adoptions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Adoptions recorded before the column: the year of the month they began, else of their record.
            migrationBuilder.Sql(@"UPDATE ""Adoptions"" SET ""StartYear"" = CAST(EXTRACT(YEAR FROM COALESCE(""Since"", CAST(""CreatedAt"" AS date))) AS integer);");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAnswers_PracticeId_FollowUpId_Use",
                table: "FollowUpAnswers",
                columns: new[] { "PracticeId", "FollowUpId", "Use" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_FollowUpAnswers_PracticeId_FollowUpId_Use",
                table: "FollowUpAnswers");

            migrationBuilder.DropColumn(
                name: "StartYear",
                table: "Adoptions");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAnswers_PracticeId",
                table: "FollowUpAnswers",
                column: "PracticeId");
        }
    }
}
