using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class Coverage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cadre_credits",
                columns: table => new
                {
                    cadre_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(8,1)", precision: 8, scale: 1, nullable: false),
                    classes = table.Column<int>(type: "integer", nullable: false),
                    last_trained = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadre_credits", x => new { x.cadre_id, x.year });
                });

            migrationBuilder.CreateTable(
                name: "cadres",
                columns: table => new
                {
                    cadre_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    position_level = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    required_hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadres", x => x.cadre_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cadre_credits_year_cadre_id",
                table: "cadre_credits",
                columns: new[] { "year", "cadre_id" });

            migrationBuilder.CreateIndex(
                name: "ix_cadres_school_path",
                table: "cadres",
                column: "school_path");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cadre_credits");

            migrationBuilder.DropTable(
                name: "cadres");
        }
    }
}
