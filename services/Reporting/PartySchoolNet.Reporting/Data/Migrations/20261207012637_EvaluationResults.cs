using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class EvaluationResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaign_indicator_scores",
                columns: table => new
                {
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    weight = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    score = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_indicator_scores", x => new { x.campaign_id, x.school_id, x.code });
                });

            migrationBuilder.CreateTable(
                name: "campaign_results",
                columns: table => new
                {
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    school_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    total = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    grade = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    rank = table.Column<int>(type: "integer", nullable: false),
                    vetoed = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaign_results", x => new { x.campaign_id, x.school_id });
                });

            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    tier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    round = table.Column<int>(type: "integer", nullable: false),
                    finalized_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => x.campaign_id);
                });

            migrationBuilder.CreateTable(
                name: "rectifications",
                columns: table => new
                {
                    rectification_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    indicator_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    deadline = table.Column<DateOnly>(type: "date", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rectifications", x => x.rectification_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_results_school_path_campaign_id",
                table: "campaign_results",
                columns: new[] { "school_path", "campaign_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rectifications_campaign_id_school_path",
                table: "rectifications",
                columns: new[] { "campaign_id", "school_path" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "campaign_indicator_scores");

            migrationBuilder.DropTable(
                name: "campaign_results");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "rectifications");
        }
    }
}
