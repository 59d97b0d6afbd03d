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
        for (Class<?> contract : List.of(TicketStoreContract.class, AccessPolicyContract.class,
                NumberSequenceContract.class, TransactionContract.class)) {
            for (Method m : testsOf(contract)) {
                String[] parts = m.getName().split("_");
                assertTrue(parts.length == 3, m.getName() + " must read <contract>_<rule>_<behaviour>");
                ContractRule rule = ContractRule.valueOf(parts[1]);
                assertTrue(m.getName().startsWith(rule.testPrefix()), m.getName() + " is in the wrong contract");
                testsByRule.computeIfAbsent(rule.id(), k -> new ArrayList<>()).add(m.getName());
            }
        }
        for (ContractRule rule : ContractRule.values()) {
            assertEquals(1, testsByRule.getOrDefault(rule.id(), List.of()).size(), "tests of " + rule.id());
        }
    }

    @Test
    void rulesAreNumberedWithoutGapsPerContract() {
        Map<String, List<String>> ids = new TreeMap<>();
        for (ContractRule rule : ContractRule.values()) {
            ids.computeIfAbsent(rule.contract(), k -> new ArrayList<>()).add(rule.id());
        }
        ids.values().forEach(list -> {
            for (int i = 0; i < list.size(); i++) {
                assertEquals(Integer.parseInt(list.get(i).substring(1)), i + 1, "rule ids in order: " + list);
            }
        });
    }

    /** The tests of a contract class and of the rule classes it extends. */
    private static List<Method> testsOf(Class<?> contract) {
        List<Method> tests = new ArrayList<>();
        for (Class<?> c = contract; c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class)) {
                    tests.add(m);
                }
            }
        }
        return tests;
    }
}
