using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class SiteRunningTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "hours",
                table: "site_years",
                newName: "running_hours");

            migrationBuilder.RenameColumn(
                name: "bookings",
                table: "site_years",
                newName: "running_bookings");

            migrationBuilder.RenameColumn(
                name: "audience",
                table: "site_years",
                newName: "running_audience");

            // The cells held monthly figures and now hold running totals: every site is summed again by the next report.
            migrationBuilder.Sql(
                """
                DELETE FROM site_years;
                INSERT INTO stale_cells (model, key, version) SELECT DISTINCT 'site_use', site_id, 1 FROM site_bookings
                ON CONFLICT (model, key) DO UPDATE SET version = stale_cells.version + 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DELETE FROM site_years;
                INSERT INTO stale_cells (model, key, version) SELECT DISTINCT 'site_use', site_id, 1 FROM site_bookings
                ON CONFLICT (model, key) DO UPDATE SET version = stale_cells.version + 1;
                """);

            migrationBuilder.RenameColumn(
                name: "running_hours",
                table: "site_years",
                newName: "hours");

            migrationBuilder.RenameColumn(
                name: "running_bookings",
                table: "site_years",
                newName: "bookings");

            migrationBuilder.RenameColumn(
                name: "running_audience",
                table: "site_years",
                newName: "audience");
        }
    }
}
