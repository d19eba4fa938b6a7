using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class RunningTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_taught_slots_month",
                table: "taught_slots");

            migrationBuilder.RenameColumn(
                name: "sessions",
                table: "instructor_years",
                newName: "running_sessions");

            migrationBuilder.RenameColumn(
                name: "lent_sessions",
                table: "instructor_years",
                newName: "running_lent_sessions");

            migrationBuilder.RenameColumn(
                name: "lent_hours",
                table: "instructor_years",
                newName: "running_lent_hours");

            migrationBuilder.RenameColumn(
                name: "hours",
                table: "instructor_years",
                newName: "running_hours");

            migrationBuilder.CreateIndex(
                name: "ix_taught_slots_month",
                table: "taught_slots",
                column: "month",
                filter: "lent AND NOT released")
                .Annotation("Npgsql:IndexInclude", new[] { "home_path", "requesting_path", "hours" });

            // The cells held monthly figures and now hold running totals: every instructor is summed again by the next report.
            migrationBuilder.Sql(
                """
                DELETE FROM instructor_years;
                INSERT INTO stale_cells (model, key, version) SELECT DISTINCT 'instructor_use', instructor_id, 1 FROM taught_slots
                ON CONFLICT (model, key) DO UPDATE SET version = stale_cells.version + 1;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                DELETE FROM instructor_years;
                INSERT INTO stale_cells (model, key, version) SELECT DISTINCT 'instructor_use', instructor_id, 1 FROM taught_slots
                ON CONFLICT (model, key) DO UPDATE SET version = stale_cells.version + 1;
                """);
            migrationBuilder.DropIndex(
                name: "ix_taught_slots_month",
                table: "taught_slots");

            migrationBuilder.RenameColumn(
                name: "running_sessions",
                table: "instructor_years",
                newName: "sessions");

            migrationBuilder.RenameColumn(
                name: "running_lent_sessions",
                table: "instructor_years",
                newName: "lent_sessions");

            migrationBuilder.RenameColumn(
                name: "running_lent_hours",
                table: "instructor_years",
                newName: "lent_hours");

            migrationBuilder.RenameColumn(
                name: "running_hours",
                table: "instructor_years",
                newName: "hours");

            migrationBuilder.CreateIndex(
                name: "ix_taught_slots_month",
                table: "taught_slots",
                column: "month",
                filter: "lent AND NOT released");
        }
    }
}
