package io.github.tickets4j.jpa;

import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.testkit.TicketStoreContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The library's tables in a schema of their own on PostgreSQL: a schema, searched before the host's by one unit
 * over both; the store contract run there.
 */
@DisplayName("[PostgreSQL] the library's tables in a schema of their own")
class PostgreSqlOwnSchemaTest extends OwnSchemaBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Test
    void aSearchPathOfTheLibrarysSchemaThenTheHostsServesOneUnitOverBoth() {
        OwnSchemas own = schemas();
        assertOneUnitReachesTheLibrarysSchemaAndTheHosts(own.url(own.flyway + "," + own.host));
    }

    @Nested
    @DisplayName("[PostgreSQL] store contract, the tables in a schema Flyway created")
    class Store extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return schemas().emptyStorage();
        }
    }
}
