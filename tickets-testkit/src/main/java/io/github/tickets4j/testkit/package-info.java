/**
 * Contract suites for host adapters, in the reactive-streams TCK pattern: extend {@link
 * io.github.tickets4j.testkit.TicketStoreContract}, {@link io.github.tickets4j.testkit.NumberSequenceContract} or
 * {@link io.github.tickets4j.testkit.TransactionContract} and override the factory methods. Every rule is listed
 * in {@link io.github.tickets4j.testkit.ContractRule}; each test's name starts with its rule's id.
 */
package io.github.tickets4j.testkit;
