using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartySchoolNet.Reporting.Data.Migrations
{
    /// <inheritdoc />
    public partial class TrainingVolumeAndInstructorUse : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "event_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    type = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    stored_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_event_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "instructors",
                columns: table => new
                {
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    home_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    monthly_load_limit = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instructors", x => x.instructor_id);
                });

            migrationBuilder.CreateTable(
                name: "taught_slots",
                columns: table => new
                {
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    requesting_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    released = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_taught_slots", x => x.assignment_id);
                });

            migrationBuilder.CreateTable(
                name: "training_volume",
                columns: table => new
                {
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    month = table.Column<DateOnly>(type: "date", nullable: false),
                    category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    mode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    school_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    classes = table.Column<int>(type: "integer", nullable: false),
                    sessions = table.Column<int>(type: "integer", nullable: false),
                    trainee_times = table.Column<int>(type: "integer", nullable: false),
                    credited_hours = table.Column<decimal>(type: "numeric(14,1)", precision: 14, scale: 1, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_volume", x => new { x.school_id, x.month, x.category, x.mode });
                });

            migrationBuilder.CreateIndex(
                name: "ix_event_log_type_key",
                table: "event_log",
                columns: new[] { "type", "key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_event_log_type_occurred_at",
                table: "event_log",
                columns: new[] { "type", "occurred_at" });

            migrationBuilder.CreateIndex(
                name: "ix_taught_slots_home_path_month",
                table: "taught_slots",
                columns: new[] { "home_path", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_taught_slots_requesting_path_month",
                table: "taught_slots",
                columns: new[] { "requesting_path", "month" });

            migrationBuilder.CreateIndex(
                name: "ix_training_volume_school_path_month",
                table: "training_volume",
                columns: new[] { "school_path", "month" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "event_log");

            migrationBuilder.DropTable(
                name: "instructors");

            migrationBuilder.DropTable(
                name: "taught_slots");

            migrationBuilder.DropTable(
                name: "training_volume");
        }
    }
}
