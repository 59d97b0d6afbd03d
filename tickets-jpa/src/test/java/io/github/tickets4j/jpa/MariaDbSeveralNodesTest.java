package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[MariaDB] several nodes")
class MariaDbSeveralNodesTest extends SeveralNodesBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
