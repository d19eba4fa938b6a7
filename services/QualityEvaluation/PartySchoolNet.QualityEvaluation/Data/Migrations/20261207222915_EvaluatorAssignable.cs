using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.QualityEvaluation.Data.Migrations
{
    /// <inheritdoc />
    public partial class EvaluatorAssignable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The evaluators copied before this change were all enabled when they were announced.
            migrationBuilder.AddColumn<bool>(
                name: "assignable",
                table: "evaluators",
                type: "boolean",
                nullable: false,
                defaultValue: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "changed_at",
                table: "evaluators",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: DateTimeOffset.MinValue);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "assignable",
                table: "evaluators");

            migrationBuilder.DropColumn(
                name: "changed_at",
                table: "evaluators");
        }
    }
}
