using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Juurru.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Evaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "DecidedAt",
                table: "Practices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Decision",
                table: "Practices",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DecisionRoundId",
                table: "Practices",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Criteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NetworkId = table.Column<int>(type: "integer", nullable: false),
                    Phase = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Description_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description_Fi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description_Sv = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name_Fi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name_Sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scale_Max = table.Column<int>(type: "integer", nullable: false),
                    Scale_Min = table.Column<int>(type: "integer", nullable: false),
                    Scale_MaxLabel_En = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MaxLabel_Fi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MaxLabel_Sv = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MinLabel_En = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MinLabel_Fi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MinLabel_Sv = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Criteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Criteria_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationRounds",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NetworkId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Instructions = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationRounds_Networks_NetworkId",
                        column: x => x.NetworkId,
                        principalTable: "Networks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Assignments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Phase = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EvaluatorId = table.Column<string>(type: "text", nullable: false),
                    GroupLabel = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Comment = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SubmittedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Scores = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Assignments_AspNetUsers_EvaluatorId",
                        column: x => x.EvaluatorId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Assignments_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Assignments_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundCriterion",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    Phase = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Description_En = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description_Fi = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Description_Sv = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Name_En = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name_Fi = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name_Sv = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Scale_Max = table.Column<int>(type: "integer", nullable: false),
                    Scale_Min = table.Column<int>(type: "integer", nullable: false),
                    Scale_MaxLabel_En = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MaxLabel_Fi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MaxLabel_Sv = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MinLabel_En = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MinLabel_Fi = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Scale_MinLabel_Sv = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundCriterion", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoundCriterion_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundEvaluators",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    Phase = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    InvitedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RemindedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundEvaluators", x => new { x.RoundId, x.UserId, x.Phase });
                    table.ForeignKey(
                        name: "FK_RoundEvaluators_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundEvaluators_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoundPractices",
                columns: table => new
                {
                    RoundId = table.Column<int>(type: "integer", nullable: false),
                    PracticeId = table.Column<int>(type: "integer", nullable: false),
                    Decision = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Statement = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    PublishStatement = table.Column<bool>(type: "boolean", nullable: false),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecidedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoundPractices", x => new { x.RoundId, x.PracticeId });
                    table.ForeignKey(
                        name: "FK_RoundPractices_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RoundPractices_Practices_PracticeId",
                        column: x => x.PracticeId,
                        principalTable: "Practices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Practices_DecisionRoundId",
                table: "Practices",
                column: "DecisionRoundId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_EvaluatorId_Status",
                table: "Assignments",
                columns: new[] { "EvaluatorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_PracticeId",
                table: "Assignments",
                column: "PracticeId");

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_RoundId_PracticeId",
                table: "Assignments",
                columns: new[] { "RoundId", "PracticeId" });

            migrationBuilder.CreateIndex(
                name: "IX_Assignments_RoundId_PracticeId_Phase_GroupLabel",
                table: "Assignments",
                columns: new[] { "RoundId", "PracticeId", "Phase", "GroupLabel" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Criteria_NetworkId_Phase_SortOrder",
                table: "Criteria",
                columns: new[] { "NetworkId", "Phase", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRounds_NetworkId_Status",
                table: "EvaluationRounds",
                columns: new[] { "NetworkId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_RoundCriterion_RoundId",
                table: "RoundCriterion",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundEvaluators_UserId",
                table: "RoundEvaluators",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_RoundPractices_PracticeId",
                table: "RoundPractices",
                column: "PracticeId");

            migrationBuilder.AddForeignKey(
                name: "FK_Practices_EvaluationRounds_DecisionRoundId",
                table: "Practices",
                column: "DecisionRoundId",
                principalTable: "EvaluationRounds",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Practices_EvaluationRounds_DecisionRoundId",
                table: "Practices");

            migrationBuilder.DropTable(
                name: "Assignments");

            migrationBuilder.DropTable(
                name: "Criteria");

            migrationBuilder.DropTable(
                name: "RoundCriterion");

            migrationBuilder.DropTable(
                name: "RoundEvaluators");

            migrationBuilder.DropTable(
                name: "RoundPractices");

            migrationBuilder.DropTable(
                name: "EvaluationRounds");

            migrationBuilder.DropIndex(
                name: "IX_Practices_DecisionRoundId",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "DecidedAt",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "Decision",
                table: "Practices");

            migrationBuilder.DropColumn(
                name: "DecisionRoundId",
                table: "Practices");
        }
    }
}
