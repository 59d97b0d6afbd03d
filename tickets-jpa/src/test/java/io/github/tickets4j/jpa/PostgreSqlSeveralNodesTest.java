package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[PostgreSQL] several nodes")
class PostgreSqlSeveralNodesTest extends SeveralNodesBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
