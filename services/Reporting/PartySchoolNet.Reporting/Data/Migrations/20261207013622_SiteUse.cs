using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class SiteUse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "site_bookings",
                columns: table => new
                {
                    booking_id = table.Column<Guid>(type: "uuid", nullable: false),
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    audience = table.Column<int>(type: "integer", nullable: false),
                    booked = table.Column<bool>(type: "boolean", nullable: false),
                    cancelled = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_site_bookings", x => x.booking_id);
                });

            migrationBuilder.CreateTable(
                name: "sites",
                columns: table => new
                {
                    site_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    retired = table.Column<bool>(type: "boolean", nullable: false),
                    weekly_hours = table.Column<double[]>(type: "double precision[]", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sites", x => x.site_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_site_bookings_owner_path_month",
                table: "site_bookings",
                columns: new[] { "owner_path", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_sites_owner_path",
                table: "sites",
                column: "owner_path");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "site_bookings");

            migrationBuilder.DropTable(
                name: "sites");
        }
    }
}
