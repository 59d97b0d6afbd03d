package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[PostgreSQL] JPA transactions")
class PostgreSqlTransactionTest extends TransactionBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
