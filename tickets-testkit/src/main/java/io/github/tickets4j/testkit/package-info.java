/**
 * Contract suites for host storage, in the reactive-streams TCK pattern: extend {@link
 * io.github.tickets4j.testkit.TicketStoreContract}, {@link io.github.tickets4j.testkit.NumberSequenceContract} or
 * {@link io.github.tickets4j.testkit.TransactionContract} and override {@code newStorage}. Every rule is listed
 * in {@link io.github.tickets4j.testkit.ContractRule}; each test's name starts with its rule's id.
 */
package io.github.tickets4j.testkit;
