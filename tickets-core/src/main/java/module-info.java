/**
 * Tickets4j core: the ticketing domain behind ports. Depends on the Jakarta Validation API and SLF4J only.
 */
module io.github.tickets4j.core {
    requires transitive jakarta.validation;
    requires org.slf4j;

    exports io.github.tickets4j.core;
    exports io.github.tickets4j.core.ticket;
    exports io.github.tickets4j.core.workflow;
    exports io.github.tickets4j.core.access;
    exports io.github.tickets4j.core.query;
    exports io.github.tickets4j.core.stats;
    exports io.github.tickets4j.core.spi;
    exports io.github.tickets4j.core.memory;

    // Jakarta Validation providers read the constraint annotations on command record fields reflectively.
    opens io.github.tickets4j.core.ticket;
}
