using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PartySchoolNet.FacultyPool.Data.Migrations
{
    /// <inheritdoc />
    public partial class InboxRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_inbox_messages_processed_at",
                table: "inbox_messages");
        }
    }
}
