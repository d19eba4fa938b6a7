using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class RatingTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "instructor_rating_totals",
                columns: table => new
                {
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score_sum = table.Column<double>(type: "double precision", nullable: false),
                    ratings = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instructor_rating_totals", x => x.instructor_id);
                });

            migrationBuilder.Sql(
                "INSERT INTO instructor_rating_totals (instructor_id, score_sum, ratings) SELECT instructor_id, sum(score), count(*) FROM instructor_ratings GROUP BY instructor_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "instructor_rating_totals");
        }
    }
}
