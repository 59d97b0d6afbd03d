package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The library's tables in an H2 schema of their own: the migrations, the validation and the search path; the store
 * contract runs in a schema of its own on PostgreSQL and MariaDB only, for it takes some 25 seconds per database.
 */
@DisplayName("[H2] the library's tables in a schema of their own")
class H2OwnSchemaTest extends OwnSchemaBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }

    @Test
    void aSearchPathOfTheLibrarysSchemaThenTheHostsServesOneUnitOverBoth() {
        OwnSchemas own = schemas();
        assertOneUnitReachesTheLibrarysSchemaAndTheHosts(
                own.url(own.flyway) + ";SCHEMA_SEARCH_PATH=" + own.flyway + "," + own.host);
    }
}
