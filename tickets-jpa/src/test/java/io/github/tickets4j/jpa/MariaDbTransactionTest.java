package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[MariaDB] JPA transactions")
class MariaDbTransactionTest extends TransactionBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
