package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[MariaDB] numbering per tenant")
class MariaDbNumberingTest extends NumberingBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
