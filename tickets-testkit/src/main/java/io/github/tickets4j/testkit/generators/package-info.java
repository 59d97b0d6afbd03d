/**
 * jqwik arbitraries (an optional dependency, version 1.9.3): valid and invalid commands of every kind, tickets in
 * any state, and action chains over a workflow.
 */
package io.github.tickets4j.testkit.generators;
