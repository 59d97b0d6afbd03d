package io.github.tickets4j.jpa;

import org.junit.jupiter.api.DisplayName;

@DisplayName("[H2] schema script")
class H2SchemaScriptTest extends SchemaScriptBehaviour {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
