using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaughtSlotLent : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "lent",
                table: "taught_slots",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Rows folded before the column existed: lent when taught for another county than the instructor's own.
            migrationBuilder.Sql(
                "UPDATE taught_slots SET lent = array_to_string((string_to_array(home_path, '.'))[1:2], '.') " +
                "<> array_to_string((string_to_array(requesting_path, '.'))[1:2], '.')");

            // Instructor use groups by instructor and month; without this the planner guesses a tenth of the groups and
            // its hash spills to disk.
            migrationBuilder.Sql("CREATE STATISTICS taught_slots_instructor_month (ndistinct) ON instructor_id, month FROM taught_slots");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP STATISTICS IF EXISTS taught_slots_instructor_month");
            migrationBuilder.DropColumn(
                name: "lent",
                table: "taught_slots");
        }
    }
}
