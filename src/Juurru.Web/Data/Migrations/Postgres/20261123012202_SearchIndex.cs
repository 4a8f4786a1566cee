using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Juurru.Data.Migrations.Postgres
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
                    id serial PRIMARY KEY,
                    kind text NOT NULL,
                    entity_id integer NOT NULL,
                    facets text NOT NULL,
                    sort_date timestamptz NOT NULL,
                    sort_title text COLLATE "C" NOT NULL,
                    tsv tsvector NOT NULL,
                    UNIQUE (kind, entity_id));
                CREATE INDEX ix_search_docs_tsv ON search_docs USING gin (tsv);
                CREATE TABLE search_meta (key text PRIMARY KEY, value text NOT NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE search_docs; DROP TABLE search_meta;");
        }
    }
}
