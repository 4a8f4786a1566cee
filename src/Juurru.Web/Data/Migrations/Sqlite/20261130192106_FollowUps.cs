using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juurru.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Regarding",
                table: "SurveyInvitations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FollowUpMonths",
                table: "Networks",
                type: "TEXT",
                nullable: false,
                defaultValue: "[12,24]");

            migrationBuilder.CreateTable(
                name: "FollowUps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProjectId = table.Column<int>(type: "INTEGER", nullable: false),
                    NetworkId = table.Column<int>(type: "INTEGER", nullable: false),
                    Months = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUps_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_FollowUps_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUps_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "SurveyFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SurveyId = table.Column<int>(type: "INTEGER", nullable: false),
                    ResponseKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    QuestionKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SurveyFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SurveyFiles_Surveys_SurveyId",
                        column: x => x.SurveyId,
                        principalTable: "Surveys",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpAnswers",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpId = table.Column<int>(type: "INTEGER", nullable: false),
                    PracticeId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Use = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Places = table.Column<string>(type: "TEXT", nullable: false),
                    KeptBy = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EvidenceLink = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    EvidenceFile = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AnsweredAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpAnswers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpAnswers_FollowUps_FollowUpId",
                        column: x => x.FollowUpId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpAnswers_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FollowUpAnswers_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FollowUpRecipients",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FollowUpId = table.Column<int>(type: "INTEGER", nullable: false),
                    InvitationId = table.Column<int>(type: "INTEGER", nullable: false),
                    OrganisationId = table.Column<int>(type: "INTEGER", nullable: true),
                    Adopter = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FollowUpRecipients", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FollowUpRecipients_FollowUps_FollowUpId",
                        column: x => x.FollowUpId,
                        principalTable: "FollowUps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_FollowUpRecipients_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_FollowUpRecipients_SurveyInvitations_InvitationId",
                        column: x => x.InvitationId,
                        principalTable: "SurveyInvitations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAnswers_FollowUpId_PracticeId_OrganisationId",
                table: "FollowUpAnswers",
                columns: new[] { "FollowUpId", "PracticeId", "OrganisationId" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAnswers_OrganisationId",
                table: "FollowUpAnswers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpAnswers_PracticeId",
                table: "FollowUpAnswers",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpRecipients_FollowUpId",
                table: "FollowUpRecipients",
                column: "FollowUpId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpRecipients_InvitationId",
                table: "FollowUpRecipients",
                column: "InvitationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUpRecipients_OrganisationId",
                table: "FollowUpRecipients",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_NetworkId",
                table: "FollowUps",
                column: "NetworkId");

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_ProjectId_Months",
                table: "FollowUps",
                columns: new[] { "ProjectId", "Months" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_State_DueOn",
                table: "FollowUps",
                columns: new[] { "State", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_SurveyId",
                table: "FollowUps",
                column: "SurveyId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyFiles_Key",
                table: "SurveyFiles",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SurveyFiles_SurveyId_ResponseKey",
                table: "SurveyFiles",
                columns: new[] { "SurveyId", "ResponseKey" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FollowUpAnswers");

            migrationBuilder.DropTable(
                name: "FollowUpRecipients");

            migrationBuilder.DropTable(
                name: "SurveyFiles");

            migrationBuilder.DropTable(
                name: "FollowUps");

            migrationBuilder.DropColumn(
                name: "Regarding",
                table: "SurveyInvitations");

            migrationBuilder.DropColumn(
                name: "FollowUpMonths",
                table: "Networks");
        }
    }
}
