package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[MariaDB] schema script")
class MariaDbSchemaScriptTest extends SchemaScriptBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
