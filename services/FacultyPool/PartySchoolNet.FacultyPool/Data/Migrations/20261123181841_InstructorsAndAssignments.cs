using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PartySchoolNet.FacultyPool.Data.Migrations
{
    /// <inheritdoc />
    public partial class InstructorsAndAssignments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:btree_gist", ",,");

            migrationBuilder.CreateTable(
                name: "instructors",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    share_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    topics = table.Column<List<string>>(type: "text[]", nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    title = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    bio = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    contact = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    monthly_load_limit = table.Column<int>(type: "integer", nullable: false),
                    max_audience = table.Column<int>(type: "integer", nullable: false),
                    shared_with = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    retired = table.Column<bool>(type: "boolean", nullable: false),
                    rating_sum = table.Column<double>(type: "double precision", nullable: false),
                    rating_count = table.Column<int>(type: "integer", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instructors", x => x.id);
                    table.CheckConstraint("ck_instructors_audience", "max_audience >= 0");
                    table.CheckConstraint("ck_instructors_load", "monthly_load_limit > 0");
                    table.CheckConstraint("ck_instructors_location", "(latitude IS NULL) = (longitude IS NULL)");
                });

            migrationBuilder.CreateTable(
                name: "topics",
                columns: table => new
                {
                    name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    retired = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_topics", x => x.name);
                });

            migrationBuilder.CreateTable(
                name: "assignments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    requesting_school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requesting_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    travel_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    travel_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    place_key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    place_latitude = table.Column<double>(type: "double precision", nullable: true),
                    place_longitude = table.Column<double>(type: "double precision", nullable: true),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    audience_size = table.Column<int>(type: "integer", nullable: false),
                    reference_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    request_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    lending_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    assigned_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    assigned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    released_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    released_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    release_reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_assignments", x => x.id);
                    table.CheckConstraint("ck_assignments_audience", "audience_size > 0");
                    table.CheckConstraint("ck_assignments_range", "ends_at > starts_at AND travel_from <= starts_at AND travel_until >= ends_at");
                    table.ForeignKey(
                        name: "fk_assignments_instructors_instructor_id",
                        column: x => x.instructor_id,
                        principalTable: "instructors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "instructor_availability",
                columns: table => new
                {
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    weekday = table.Column<int>(type: "integer", nullable: false),
                    from = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    until = table.Column<TimeOnly>(type: "time without time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instructor_availability", x => new { x.instructor_id, x.id });
                    table.CheckConstraint("ck_instructor_availability_window", "weekday BETWEEN 1 AND 7 AND \"from\" < until");
                    table.ForeignKey(
                        name: "fk_instructor_availability_instructors_instructor_id",
                        column: x => x.instructor_id,
                        principalTable: "instructors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "instructor_blackouts",
                columns: table => new
                {
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    first_day = table.Column<DateOnly>(type: "date", nullable: false),
                    last_day = table.Column<DateOnly>(type: "date", nullable: false),
                    reason = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instructor_blackouts", x => new { x.instructor_id, x.id });
                    table.CheckConstraint("ck_instructor_blackouts_days", "first_day <= last_day");
                    table.ForeignKey(
                        name: "fk_instructor_blackouts_instructors_instructor_id",
                        column: x => x.instructor_id,
                        principalTable: "instructors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "instructor_ratings",
                columns: table => new
                {
                    rating_id = table.Column<Guid>(type: "uuid", nullable: false),
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    score = table.Column<double>(type: "double precision", nullable: false),
                    respondents = table.Column<int>(type: "integer", nullable: false),
                    reference_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    rated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_instructor_ratings", x => x.rating_id);
                    table.ForeignKey(
                        name: "fk_instructor_ratings_instructors_instructor_id",
                        column: x => x.instructor_id,
                        principalTable: "instructors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "lending_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    home_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    requesting_school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requesting_path = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    place_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    place_latitude = table.Column<double>(type: "double precision", nullable: true),
                    place_longitude = table.Column<double>(type: "double precision", nullable: true),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    audience_size = table.Column<int>(type: "integer", nullable: false),
                    reference_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    request_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    requested_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    decision_note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    version = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_lending_requests", x => x.id);
                    table.CheckConstraint("ck_lending_requests_range", "ends_at > starts_at");
                    table.ForeignKey(
                        name: "fk_lending_requests_instructors_instructor_id",
                        column: x => x.instructor_id,
                        principalTable: "instructors",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_instructor_id_starts_at",
                table: "assignments",
                columns: new[] { "instructor_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_requesting_path_starts_at",
                table: "assignments",
                columns: new[] { "requesting_path", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_assignments_requesting_school_id_request_id",
                table: "assignments",
                columns: new[] { "requesting_school_id", "request_id" },
                unique: true,
                filter: "request_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_assignments_starts_at_home_path",
                table: "assignments",
                columns: new[] { "starts_at", "home_path" });

            migrationBuilder.CreateIndex(
                name: "ix_instructor_ratings_instructor_id",
                table: "instructor_ratings",
                column: "instructor_id");

            migrationBuilder.CreateIndex(
                name: "ix_instructors_home_path",
                table: "instructors",
                column: "home_path");

            migrationBuilder.CreateIndex(
                name: "ix_instructors_home_school_id_name",
                table: "instructors",
                columns: new[] { "home_school_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_instructors_share_path",
                table: "instructors",
                column: "share_path");

            migrationBuilder.CreateIndex(
                name: "ix_instructors_topics",
                table: "instructors",
                column: "topics")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_lending_requests_home_path_requested_at",
                table: "lending_requests",
                columns: new[] { "home_path", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_lending_requests_instructor_id",
                table: "lending_requests",
                column: "instructor_id");

            migrationBuilder.CreateIndex(
                name: "ix_lending_requests_requesting_path_requested_at",
                table: "lending_requests",
                columns: new[] { "requesting_path", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_lending_requests_requesting_school_id_request_id",
                table: "lending_requests",
                columns: new[] { "requesting_school_id", "request_id" },
                unique: true,
                filter: "request_id IS NOT NULL");

            // The rules that must never break, for an instructor's active assignments ('[)' ranges, so back-to-back is fine):
            // no two overlap; and two at different places are at least the travel gap apart (each row carries its slot
            // widened by half the gap, computed by the service, since an index expression cannot add an interval).
            migrationBuilder.Sql("""
                ALTER TABLE assignments ADD CONSTRAINT ex_assignments_no_overlap
                EXCLUDE USING gist (instructor_id WITH =, tstzrange(starts_at, ends_at, '[)') WITH &&)
                WHERE (status = 'Active');
                ALTER TABLE assignments ADD CONSTRAINT ex_assignments_travel_gap
                EXCLUDE USING gist (instructor_id WITH =, place_key WITH <>, tstzrange(travel_from, travel_until, '[)') WITH &&)
                WHERE (status = 'Active');
                """);

            foreach (var (name, description) in Instructors.Topic.Initial)
            {
                migrationBuilder.InsertData("topics", ["name", "description", "retired", "updated_at"], [name, description, false, DateTimeOffset.UnixEpoch]);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "assignments");

            migrationBuilder.DropTable(
                name: "instructor_availability");

            migrationBuilder.DropTable(
                name: "instructor_blackouts");

            migrationBuilder.DropTable(
                name: "instructor_ratings");

            migrationBuilder.DropTable(
                name: "lending_requests");

            migrationBuilder.DropTable(
                name: "topics");

            migrationBuilder.DropTable(
                name: "instructors");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:btree_gist", ",,");
        }
    }
}
