package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[PostgreSQL] JPA store")
class PostgreSqlStoreTest extends StoreBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
