using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juurru.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SurveyDistribution : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "PairedSurveyId",
                table: "Surveys",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "GroupId",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "InvitationId",
                table: "SurveyResponses",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RespondentCode",
                table: "SurveyResponses",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RespondentName",
                table: "SurveyResponses",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "FeaturedQuotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseId = table.Column<long>(type: "INTEGER", nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FeaturedQuotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FeaturedQuotes_SurveyResponses_ResponseId",
                        column: x => x.ResponseId,
                        principalTable: "SurveyResponses",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FeaturedQuotes_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RespondentCodeKeys",
                columns: table => new
                {
                    NetworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RespondentCodeKeys", x => x.NetworkId);
                    table.ForeignKey(
                        name: "FK_RespondentCodeKeys_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RespondentGroups",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RespondentGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RespondentGroups_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SurveyInvitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    GroupId = table.Column<int>(type: "INTEGER", nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 5, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RemindedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Reminders = table.Column<int>(type: "INTEGER", nullable: false),
                    Answered = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyInvitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_RespondentGroups_GroupId",
                        column: x => x.GroupId,
                        principalTable: "RespondentGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_SurveyInvitations_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Surveys_PairedSurveyId",
                table: "Surveys",
                column: "PairedSurveyId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_GroupId",
                table: "SurveyResponses",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_InvitationId",
                table: "SurveyResponses",
                column: "InvitationId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyResponses_SurveyId_RespondentCode",
                table: "SurveyResponses",
                columns: new[] { "SurveyId", "RespondentCode" });

            migrationBuilder.CreateIndex(
                name: "IX_FeaturedQuotes_ResponseId",
                table: "FeaturedQuotes",
                column: "ResponseId");

            migrationBuilder.CreateIndex(
                name: "IX_FeaturedQuotes_SurveyId_ResponseId_QuestionKey",
                table: "FeaturedQuotes",
                columns: new[] { "SurveyId", "ResponseId", "QuestionKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RespondentGroups_SurveyId_Name",
                table: "RespondentGroups",
                columns: new[] { "SurveyId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_GroupId",
                table: "SurveyInvitations",
                column: "GroupId");

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_SurveyId_Email",
                table: "SurveyInvitations",
                columns: new[] { "SurveyId", "Email" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyInvitations_Token",
                table: "SurveyInvitations",
                column: "Token",
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_SurveyResponses_RespondentGroups_GroupId",
                table: "SurveyResponses",
                column: "GroupId",
                principalTable: "RespondentGroups",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_SurveyResponses_SurveyInvitations_InvitationId",
                table: "SurveyResponses",
                column: "InvitationId",
                principalTable: "SurveyInvitations",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Surveys_Surveys_PairedSurveyId",
                table: "Surveys",
                column: "PairedSurveyId",
                principalTable: "Surveys",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_SurveyResponses_RespondentGroups_GroupId",
                table: "SurveyResponses");

            migrationBuilder.DropForeignKey(
                name: "FK_SurveyResponses_SurveyInvitations_InvitationId",
                table: "SurveyResponses");

            migrationBuilder.DropForeignKey(
                name: "FK_Surveys_Surveys_PairedSurveyId",
                table: "Surveys");

            migrationBuilder.DropTable(
                name: "FeaturedQuotes");

            migrationBuilder.DropTable(
                name: "RespondentCodeKeys");

            migrationBuilder.DropTable(
                name: "SurveyInvitations");

            migrationBuilder.DropTable(
                name: "RespondentGroups");

            migrationBuilder.DropIndex(
                name: "IX_Surveys_PairedSurveyId",
                table: "Surveys");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_GroupId",
                table: "SurveyResponses");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_InvitationId",
                table: "SurveyResponses");

            migrationBuilder.DropIndex(
                name: "IX_SurveyResponses_SurveyId_RespondentCode",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "PairedSurveyId",
                table: "Surveys");

            migrationBuilder.DropColumn(
                name: "GroupId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "InvitationId",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "RespondentCode",
                table: "SurveyResponses");

            migrationBuilder.DropColumn(
                name: "RespondentName",
                table: "SurveyResponses");
        }
    }
}
