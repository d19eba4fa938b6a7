using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutreachAttendance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attendance_count",
                table: "outreach_requests",
                type: "integer",
                nullable: false,
                defaultValue: 0);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attendance_count",
                table: "outreach_requests");
        }
    }
}
