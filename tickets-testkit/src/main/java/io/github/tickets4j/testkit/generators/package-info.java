/**
 * jqwik arbitraries (an optional dependency, version 1.9.3; the only package of the kit that uses it): valid and
 * invalid commands of every kind, tickets in any state with their histories, and action chains over a workflow.
 */
package io.github.tickets4j.testkit.generators;
