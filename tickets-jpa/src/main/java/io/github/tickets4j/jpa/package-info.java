/**
 * The Jakarta Persistence adapter: {@link io.github.tickets4j.jpa.JpaTicketStore}, the numbering strategies of
 * {@link io.github.tickets4j.jpa.JpaNumberSequence}, {@link io.github.tickets4j.jpa.JpaTransactions} and the
 * persistence-unit settings of {@link io.github.tickets4j.jpa.TicketsPersistence}.
 */
package io.github.tickets4j.jpa;
