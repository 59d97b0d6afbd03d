package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[PostgreSQL] schema script")
class PostgreSqlSchemaScriptTest extends SchemaScriptBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
