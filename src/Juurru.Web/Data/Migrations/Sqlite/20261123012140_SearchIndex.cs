using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juurru.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SearchIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index (Features/Search): written by the application, not mapped as entities.
            migrationBuilder.Sql("""
                CREATE TABLE search_docs (
                    id INTEGER PRIMARY KEY,
                    kind TEXT NOT NULL,
                    entity_id INTEGER NOT NULL,
                    facets TEXT NOT NULL,
                    sort_date TEXT NOT NULL,
                    sort_title TEXT NOT NULL,
                    UNIQUE (kind, entity_id));
                CREATE VIRTUAL TABLE search_fts USING fts5(
                    title, keywords, body, context,
                    content = '', contentless_delete = 1,
                    tokenize = 'unicode61 remove_diacritics 0');
                CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
                CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE search_vocab; DROP TABLE search_fts; DROP TABLE search_docs; DROP TABLE search_meta;");
        }
    }
}
