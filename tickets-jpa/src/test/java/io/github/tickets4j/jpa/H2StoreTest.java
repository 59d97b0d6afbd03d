package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[H2] JPA store")
class H2StoreTest extends StoreBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
