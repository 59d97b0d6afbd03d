package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The rule list and the contracts' tests name each other one to one, so a test name always leads to its rule. */
class ContractRuleTest {

    @Test
    void everyRuleHasExactlyOneTestAndEveryTestNamesARule() {
        Map<String, List<String>> testsByRule = new TreeMap<>();
        for (Class<?> contract : List.of(TicketStoreContract.class, NumberSequenceContract.class,
                TransactionContract.class)) {
            for (Method m : contract.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class)) {
                    String[] parts = m.getName().split("_");
                    assertTrue(parts.length == 3, m.getName() + " must read <contract>_<rule>_<behaviour>");
                    ContractRule rule = ContractRule.valueOf(parts[1]);
                    assertTrue(m.getName().startsWith(rule.testPrefix()), m.getName() + " is in the wrong contract");
                    testsByRule.computeIfAbsent(rule.id(), k -> new ArrayList<>()).add(m.getName());
                }
            }
        }
        for (ContractRule rule : ContractRule.values()) {
            assertEquals(1, testsByRule.getOrDefault(rule.id(), List.of()).size(), "tests of " + rule.id());
        }
    }
}
