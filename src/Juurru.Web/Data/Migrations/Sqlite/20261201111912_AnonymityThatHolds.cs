using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juurru.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnonymityThatHolds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ReportsByGroup",
                table: "Surveys",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Responses given before anonymity held: what the new rule would not have stored is removed (times to the
            // day, in UTC; groups under five invitees; languages; who was reminded). Surveys whose anonymous answers
            // had groups keep reporting by group where the groups are large enough.
            migrationBuilder.Sql("""
                UPDATE "Surveys" SET "ReportsByGroup" = 1 WHERE "Anonymity" = 'Anonymous' AND EXISTS (SELECT 1 FROM "SurveyResponses" r WHERE r."SurveyId" = "Surveys"."Id" AND r."GroupId" IS NOT NULL);
                """);
            migrationBuilder.Sql("""
                UPDATE "SurveyResponses" SET "GroupId" = NULL WHERE "GroupId" IS NOT NULL AND "SurveyId" IN (SELECT "Id" FROM "Surveys" WHERE "Anonymity" = 'Anonymous') AND (SELECT COUNT(*) FROM "SurveyInvitations" i WHERE i."GroupId" = "SurveyResponses"."GroupId") < 5;
                """);
            migrationBuilder.Sql("""
                UPDATE "SurveyResponses" SET "Language" = '', "StartedAt" = substr("StartedAt", 1, 10) || ' 00:00:00', "UpdatedAt" = substr("UpdatedAt", 1, 10) || ' 00:00:00', "SubmittedAt" = substr("SubmittedAt", 1, 10) || ' 00:00:00' WHERE "SurveyId" IN (SELECT "Id" FROM "Surveys" WHERE "Anonymity" = 'Anonymous');
                """);
            migrationBuilder.Sql("""
                UPDATE "SurveyInvitations" SET "SentAt" = substr("SentAt", 1, 10) || ' 00:00:00', "RemindedAt" = NULL, "Reminders" = 0 WHERE "SurveyId" IN (SELECT "Id" FROM "Surveys" WHERE "Anonymity" = 'Anonymous');
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportsByGroup",
                table: "Surveys");
        }
    }
}
