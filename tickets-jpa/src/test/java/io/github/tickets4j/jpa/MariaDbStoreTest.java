package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[MariaDB] JPA store")
class MariaDbStoreTest extends StoreBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
