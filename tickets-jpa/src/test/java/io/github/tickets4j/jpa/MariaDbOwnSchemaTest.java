package io.github.tickets4j.jpa;

import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.testkit.TicketStoreContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/**
 * The library's tables in a schema of their own on MariaDB: a database next to the host's; the store contract run
 * there.
 */
@DisplayName("[MariaDB] the library's tables in a schema of their own")
class MariaDbOwnSchemaTest extends OwnSchemaBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Nested
    @DisplayName("[MariaDB] store contract, the tables in a schema Flyway created")
    class Store extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return schemas().emptyStorage();
        }
    }
}
