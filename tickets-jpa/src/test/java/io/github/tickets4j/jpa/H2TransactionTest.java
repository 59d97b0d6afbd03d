package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[H2] JPA transactions")
class H2TransactionTest extends TransactionBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
