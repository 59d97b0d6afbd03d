/**
 * Tickets4j JPA: ticket storage on the Jakarta Persistence API ({@code io.github.tickets4j.jpa.JpaStorage}). Main
 * code knows no persistence provider; hosts bring one (Hibernate ORM, EclipseLink…).
 */
module io.github.tickets4j.jpa {
    requires transitive io.github.tickets4j.core;
    requires transitive jakarta.persistence;
    requires java.sql;

    exports io.github.tickets4j.jpa;

    // The persistence provider reads and writes the entity classes reflectively and instantiates the query rows;
    // they are package-private beside the API classes, so opening the package exposes no type to compile against.
    opens io.github.tickets4j.jpa;
}
