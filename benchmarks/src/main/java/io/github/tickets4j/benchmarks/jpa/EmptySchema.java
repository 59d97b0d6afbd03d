package io.github.tickets4j.benchmarks.jpa;

import io.github.tickets4j.benchmarks.jdbc.Database;
import io.github.tickets4j.benchmarks.jdbc.Schema;
import java.sql.Connection;
import java.sql.SQLException;

/** An empty schema holding the adapter's tables and indexes, for the benchmarks that write. */
final class EmptySchema {
    private EmptySchema() {
    }

    /**
     * Drops the schema if it exists and creates it afresh from the adapter's script.
     *
     * @param db the database, never null
     * @param schema the schema, never null
     * @throws SQLException if the database refuses
     */
    static void create(Database db, String schema) throws SQLException {
        db.recreate(schema);
        try (Connection c = db.connect(schema)) {
            Schema.createTables(c, db);
            Schema.createIndexes(c, db);
        }
    }
}
