/**
 * The Jakarta Persistence adapter: {@link io.github.tickets4j.jpa.JpaStorage} (store, numbering and transactions
 * for {@code TicketDesk.builder().storage(...)}), its numbering strategies {@link io.github.tickets4j.jpa.Numbering},
 * the schema scripts of {@link io.github.tickets4j.jpa.DatabaseKind} and the persistence-unit settings of
 * {@link io.github.tickets4j.jpa.TicketsPersistence}.
 */
package io.github.tickets4j.jpa;
