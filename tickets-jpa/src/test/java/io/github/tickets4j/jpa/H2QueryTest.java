package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[H2] JPA queries")
class H2QueryTest extends QueryBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
