using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.QualityEvaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class FollowUps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "follow_ups",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    cadre_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cadre_name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    stage = table.Column<int>(type: "integer", nullable: false),
                    due_on = table.Column<DateOnly>(type: "date", nullable: false),
                    rating = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    mentor = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    recorded_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_follow_ups", x => x.id);
                    table.CheckConstraint("ck_follow_ups_rating", "rating BETWEEN 0 AND 5");
                });

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_class_id_cadre_id_stage",
                table: "follow_ups",
                columns: new[] { "class_id", "cadre_id", "stage" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_follow_ups_school_path",
                table: "follow_ups",
                column: "school_path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "follow_ups");
        }
    }
}
