using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.SiteResources.Data.Migrations
{
    /// <inheritdoc />
    public partial class SiteRetirement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "retired",
                table: "sites",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "retired",
                table: "sites");
        }
    }
}
