using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class OutreachRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outreach_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    township_id = table.Column<Guid>(type: "uuid", nullable: false),
                    township_path = table.Column<string>(type: "text", nullable: false),
                    county_id = table.Column<Guid>(type: "uuid", nullable: false),
                    details = table.Column<string>(type: "jsonb", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    requested_by = table.Column<string>(type: "text", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    approved_by = table.Column<string>(type: "text", nullable: false),
                    approved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scheduled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    delivered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempt = table.Column<int>(type: "integer", nullable: false),
                    step = table.Column<int>(type: "integer", nullable: false),
                    preferred_instructor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    preferred_window = table.Column<int>(type: "integer", nullable: true),
                    allow_rematch = table.Column<bool>(type: "boolean", nullable: false),
                    tried_instructors = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    assignment_id = table.Column<Guid>(type: "uuid", nullable: true),
                    lending_request_id = table.Column<Guid>(type: "uuid", nullable: true),
                    window_index = table.Column<int>(type: "integer", nullable: true),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    booking_id = table.Column<Guid>(type: "uuid", nullable: true),
                    place_name = table.Column<string>(type: "text", nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: true),
                    release_pending = table.Column<bool>(type: "boolean", nullable: false),
                    next_try_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    give_up_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lease_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    rating = table.Column<int>(type: "integer", nullable: false),
                    rating_comment = table.Column<string>(type: "text", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outreach_requests", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_outreach_requests_next_try_at",
                table: "outreach_requests",
                column: "next_try_at",
                filter: "status IN (2, 3) OR release_pending");

            migrationBuilder.CreateIndex(
                name: "ix_outreach_requests_township_path",
                table: "outreach_requests",
                column: "township_path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outreach_requests");
        }
    }
}
