package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[H2] numbering per tenant")
class H2NumberingTest extends NumberingBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
