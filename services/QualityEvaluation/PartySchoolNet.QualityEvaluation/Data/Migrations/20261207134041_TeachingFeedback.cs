using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.QualityEvaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class TeachingFeedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "feedback_forms",
                columns: table => new
                {
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_school_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    class_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    questions = table.Column<string>(type: "jsonb", nullable: false),
                    sessions = table.Column<string>(type: "jsonb", nullable: false),
                    tickets = table.Column<int>(type: "integer", nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_forms", x => x.class_id);
                });

            migrationBuilder.CreateTable(
                name: "feedback_responses",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    submitted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    answers = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_responses", x => x.id);
                    table.ForeignKey(
                        name: "fk_feedback_responses_feedback_forms_class_id",
                        column: x => x.class_id,
                        principalTable: "feedback_forms",
                        principalColumn: "class_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "feedback_tickets",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_feedback_tickets", x => x.code);
                    table.ForeignKey(
                        name: "fk_feedback_tickets_feedback_forms_class_id",
                        column: x => x.class_id,
                        principalTable: "feedback_forms",
                        principalColumn: "class_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_forms_closes_at",
                table: "feedback_forms",
                column: "closes_at",
                filter: "closed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_forms_owner_school_path",
                table: "feedback_forms",
                column: "owner_school_path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_feedback_responses_class_id",
                table: "feedback_responses",
                column: "class_id");

            migrationBuilder.CreateIndex(
                name: "ix_feedback_tickets_class_id",
                table: "feedback_tickets",
                column: "class_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "feedback_responses");

            migrationBuilder.DropTable(
                name: "feedback_tickets");

            migrationBuilder.DropTable(
                name: "feedback_forms");
        }
    }
}
