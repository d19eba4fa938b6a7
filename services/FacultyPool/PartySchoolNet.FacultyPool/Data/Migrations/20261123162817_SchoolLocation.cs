using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.FacultyPool.Data.Migrations
{
    /// <inheritdoc />
    public partial class SchoolLocation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<double>(
                name: "latitude",
                table: "schools",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "longitude",
                table: "schools",
                type: "double precision",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "latitude",
                table: "schools");

            migrationBuilder.DropColumn(
                name: "longitude",
                table: "schools");
        }
    }
}
