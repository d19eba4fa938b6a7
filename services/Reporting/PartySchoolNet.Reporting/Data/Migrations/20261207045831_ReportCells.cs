using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class ReportCells : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "coverage_cells",
                columns: table => new
                {
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    school_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    unit_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    cadres = table.Column<int>(type: "integer", nullable: false),
                    required_hours = table.Column<decimal>(type: "numeric(12,1)", precision: 12, scale: 1, nullable: false),
                    earned_hours = table.Column<decimal>(type: "numeric(12,1)", precision: 12, scale: 1, nullable: false),
                    trained = table.Column<int>(type: "integer", nullable: false),
                    met = table.Column<int>(type: "integer", nullable: false),
                    not_trained = table.Column<int[]>(type: "integer[]", nullable: false),
                    gaps = table.Column<int[]>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coverage_cells", x => new { x.unit_id, x.school_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "coverage_years",
                columns: table => new
                {
                    year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_coverage_years", x => x.year);
                });

            migrationBuilder.CreateTable(
                name: "instructor_years",
                columns: table => new
                {
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    home_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    sessions = table.Column<int[]>(type: "integer[]", nullable: false),
                    hours = table.Column<decimal[]>(type: "numeric[]", nullable: false),
                    lent_sessions = table.Column<int[]>(type: "integer[]", nullable: false),
                    lent_hours = table.Column<decimal[]>(type: "numeric[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instructor_years", x => new { x.instructor_id, x.year, x.home_path });
                });

            migrationBuilder.CreateTable(
                name: "site_years",
                columns: table => new
                {
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    owner_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    hours = table.Column<decimal[]>(type: "numeric[]", nullable: false),
                    bookings = table.Column<int[]>(type: "integer[]", nullable: false),
                    audience = table.Column<int[]>(type: "integer[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_years", x => new { x.site_id, x.year, x.owner_path });
                });

            migrationBuilder.CreateTable(
                name: "stale_cells",
                columns: table => new
                {
                    model = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    key = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stale_cells", x => new { x.model, x.key });
                });

            migrationBuilder.CreateTable(
                name: "training_volume_months",
                columns: table => new
                {
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    school_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    classes = table.Column<int>(type: "integer", nullable: false),
                    sessions = table.Column<int>(type: "integer", nullable: false),
                    trainee_times = table.Column<int>(type: "integer", nullable: false),
                    credited_hours = table.Column<decimal>(type: "numeric(14,1)", precision: 14, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_volume_months", x => new { x.school_id, x.month });
                });

            migrationBuilder.CreateIndex(
                name: "ix_taught_slots_month",
                table: "taught_slots",
                column: "month",
                filter: "lent AND NOT released");

            migrationBuilder.CreateIndex(
                name: "ix_cadres_required_hours_school_path_name_cadre_id",
                table: "cadres",
                columns: new[] { "required_hours", "school_path", "name", "cadre_id" },
                descending: new[] { true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "ix_coverage_cells_year_school_path",
                table: "coverage_cells",
                columns: new[] { "year", "school_path" });

            migrationBuilder.CreateIndex(
                name: "ix_instructor_years_year_home_path",
                table: "instructor_years",
                columns: new[] { "year", "home_path" });

            migrationBuilder.CreateIndex(
                name: "ix_site_years_owner_path_year",
                table: "site_years",
                columns: new[] { "owner_path", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_training_volume_months_school_path_month",
                table: "training_volume_months",
                columns: new[] { "school_path", "month" });

            // What was folded before the cells existed: the month totals summed once; instructors and sites marked to be summed by the next
            // report (coverage sums every unit the first time a year is asked for).
            migrationBuilder.Sql(
                """
                INSERT INTO training_volume_months (school_id, school_path, month, classes, sessions, trainee_times, credited_hours)
                SELECT school_id, min(school_path), month, sum(classes), sum(sessions), sum(trainee_times), sum(credited_hours)
                FROM training_volume GROUP BY school_id, month;
                INSERT INTO stale_cells (model, key, version) SELECT DISTINCT 'instructor_use', instructor_id, 1 FROM taught_slots;
                INSERT INTO stale_cells (model, key, version) SELECT DISTINCT 'site_use', site_id, 1 FROM site_bookings;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coverage_cells");

            migrationBuilder.DropTable(
                name: "coverage_years");

            migrationBuilder.DropTable(
                name: "instructor_years");

            migrationBuilder.DropTable(
                name: "site_years");

            migrationBuilder.DropTable(
                name: "stale_cells");

            migrationBuilder.DropTable(
                name: "training_volume_months");

            migrationBuilder.DropIndex(
                name: "ix_taught_slots_month",
                table: "taught_slots");

            migrationBuilder.DropIndex(
                name: "ix_cadres_required_hours_school_path_name_cadre_id",
                table: "cadres");
        }
    }
}
