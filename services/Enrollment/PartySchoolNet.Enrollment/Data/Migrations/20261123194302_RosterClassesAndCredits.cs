using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.Enrollment.Data.Migrations
{
    /// <inheritdoc />
    public partial class RosterClassesAndCredits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "attendance",
                columns: table => new
                {
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    note = table.Column<string>(type: "text", nullable: false),
                    marked_by = table.Column<string>(type: "text", nullable: false),
                    marked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_attendance", x => new { x.session_id, x.participant_id });
                });

            migrationBuilder.CreateTable(
                name: "cadres",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_path = table.Column<string>(type: "text", nullable: false),
                    staff_no = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    name = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    position_level = table.Column<int>(type: "integer", nullable: false),
                    years_of_service = table.Column<int>(type: "integer", nullable: false),
                    is_leader = table.Column<bool>(type: "boolean", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_cadres", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "class_sessions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "text", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    instructor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    site_id = table.Column<Guid>(type: "uuid", nullable: true),
                    place = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_class_sessions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credit_records",
                columns: table => new
                {
                    cadre_id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    category = table.Column<int>(type: "integer", nullable: false),
                    class_title = table.Column<string>(type: "text", nullable: false),
                    completed_on = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_credit_records", x => new { x.cadre_id, x.class_id });
                });

            migrationBuilder.CreateTable(
                name: "leave_applications",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_path = table.Column<string>(type: "text", nullable: false),
                    session_ids = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    requested_by = table.Column<string>(type: "text", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    decided_by = table.Column<string>(type: "text", nullable: false),
                    decision_note = table.Column<string>(type: "text", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_leave_applications", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "observation_records",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    participant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<int>(type: "integer", nullable: false),
                    aspect = table.Column<int>(type: "integer", nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    observed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    recorder_subject = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_observation_records", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "participants",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cadre_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_path = table.Column<string>(type: "text", nullable: false),
                    position_level = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<int>(type: "integer", nullable: false),
                    source = table.Column<int>(type: "integer", nullable: false),
                    repeat_training = table.Column<bool>(type: "boolean", nullable: false),
                    previous_class_title = table.Column<string>(type: "text", nullable: false),
                    waitlist_ticket = table.Column<long>(type: "bigint", nullable: true),
                    nominated_by = table.Column<string>(type: "text", nullable: false),
                    nominated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    confirmed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    withdrawal_reason = table.Column<string>(type: "text", nullable: false),
                    credited_hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_participants", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "training_classes",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    owner_path = table.Column<string>(type: "text", nullable: false),
                    title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "text", nullable: false),
                    category = table.Column<int>(type: "integer", nullable: false),
                    mode = table.Column<int>(type: "integer", nullable: false),
                    start_date = table.Column<DateOnly>(type: "date", nullable: false),
                    end_date = table.Column<DateOnly>(type: "date", nullable: false),
                    capacity = table.Column<int>(type: "integer", nullable: false),
                    credit_hours = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    criteria_position_levels = table.Column<int[]>(type: "integer[]", nullable: false),
                    criteria_min_years_of_service = table.Column<int>(type: "integer", nullable: false),
                    criteria_max_years_of_service = table.Column<int>(type: "integer", nullable: false),
                    criteria_leaders = table.Column<int>(type: "integer", nullable: false),
                    criteria_repeat_window_years = table.Column<int>(type: "integer", nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    confirmed_count = table.Column<int>(type: "integer", nullable: false),
                    last_waitlist_ticket = table.Column<long>(type: "bigint", nullable: false),
                    cancel_reason = table.Column<string>(type: "text", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_training_classes", x => x.id);
                    table.CheckConstraint("ck_training_classes_seats", "confirmed_count >= 0 AND confirmed_count <= capacity");
                });

            migrationBuilder.CreateTable(
                name: "units",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_id = table.Column<Guid>(type: "uuid", nullable: false),
                    school_path = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_units", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "class_quotas",
                columns: table => new
                {
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    class_id = table.Column<Guid>(type: "uuid", nullable: false),
                    seats = table.Column<int>(type: "integer", nullable: false),
                    confirmed = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_class_quotas", x => new { x.class_id, x.unit_id });
                    table.CheckConstraint("ck_class_quotas_seats", "confirmed >= 0 AND confirmed <= seats");
                    table.ForeignKey(
                        name: "fk_class_quotas_training_classes_class_id",
                        column: x => x.class_id,
                        principalTable: "training_classes",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_cadres_school_id_staff_no",
                table: "cadres",
                columns: new[] { "school_id", "staff_no" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_cadres_school_path",
                table: "cadres",
                column: "school_path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_cadres_unit_id",
                table: "cadres",
                column: "unit_id");

            migrationBuilder.CreateIndex(
                name: "ix_class_sessions_class_id_starts_at",
                table: "class_sessions",
                columns: new[] { "class_id", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "ix_credit_records_cadre_id_year",
                table: "credit_records",
                columns: new[] { "cadre_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_leave_applications_class_id",
                table: "leave_applications",
                column: "class_id");

            migrationBuilder.CreateIndex(
                name: "ix_observation_records_participant_id",
                table: "observation_records",
                column: "participant_id");

            migrationBuilder.CreateIndex(
                name: "ix_participants_cadre_id",
                table: "participants",
                column: "cadre_id");

            migrationBuilder.CreateIndex(
                name: "ix_participants_class_id_cadre_id",
                table: "participants",
                columns: new[] { "class_id", "cadre_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_participants_class_id_status_waitlist_ticket",
                table: "participants",
                columns: new[] { "class_id", "status", "waitlist_ticket" });

            migrationBuilder.CreateIndex(
                name: "ix_training_classes_owner_path",
                table: "training_classes",
                column: "owner_path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_training_classes_state_mode",
                table: "training_classes",
                columns: new[] { "state", "mode" });

            migrationBuilder.CreateIndex(
                name: "ix_units_school_id_name",
                table: "units",
                columns: new[] { "school_id", "name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_units_school_path",
                table: "units",
                column: "school_path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attendance");

            migrationBuilder.DropTable(
                name: "cadres");

            migrationBuilder.DropTable(
                name: "class_quotas");

            migrationBuilder.DropTable(
                name: "class_sessions");

            migrationBuilder.DropTable(
                name: "credit_records");

            migrationBuilder.DropTable(
                name: "leave_applications");

            migrationBuilder.DropTable(
                name: "observation_records");

            migrationBuilder.DropTable(
                name: "participants");

            migrationBuilder.DropTable(
                name: "units");

            migrationBuilder.DropTable(
                name: "training_classes");
        }
    }
}
