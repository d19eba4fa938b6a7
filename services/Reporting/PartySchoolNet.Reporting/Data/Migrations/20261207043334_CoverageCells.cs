using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class CoverageCells : Migration
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
                name: "stale_coverage_units",
                columns: table => new
                {
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stale_coverage_units", x => x.unit_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cadres_required_hours_school_path_name_cadre_id",
                table: "cadres",
                columns: new[] { "required_hours", "school_path", "name", "cadre_id" },
                descending: new[] { true, false, false, false });

            migrationBuilder.CreateIndex(
                name: "ix_coverage_cells_year_school_path",
                table: "coverage_cells",
                columns: new[] { "year", "school_path" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "coverage_cells");

            migrationBuilder.DropTable(
                name: "coverage_years");

            migrationBuilder.DropTable(
                name: "stale_coverage_units");

            migrationBuilder.DropIndex(
                name: "ix_cadres_required_hours_school_path_name_cadre_id",
                table: "cadres");
        }
    }
}
