package io.github.tickets4j.core.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Each preset's nested class of names holds exactly its statuses and priorities: every constant names one of them
 * (as declared, so it is accepted as it is), and every status and priority has a constant, so a host never types a
 * name by hand.
 */
class PresetNamesTest {
    private static final Map<Class<?>, Supplier<Workflow>> PRESETS = new LinkedHashMap<>();

    static {
        PRESETS.put(Workflows.Standard.class, Workflows::standard);
        PRESETS.put(Workflows.CrmSupport.class, Workflows::crmSupport);
        PRESETS.put(Workflows.Ecommerce.class, Workflows::ecommerce);
        PRESETS.put(Workflows.Helpdesk.class, Workflows::helpdesk);
        PRESETS.put(Workflows.IspBilling.class, Workflows::ispBilling);
    }

    @Test
    void everyPresetHasItsOwnClassOfNames() {
        Set<String> nested = Arrays.stream(Workflows.class.getDeclaredClasses())
                .filter(c -> Modifier.isPublic(c.getModifiers())).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> presets = PRESETS.keySet().stream().map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(presets, nested);
    }

    @Test
    void theConstantsAreExactlyEachPresetsStatusesAndPriorities() throws IllegalAccessException {
        for (Map.Entry<Class<?>, Supplier<Workflow>> preset : PRESETS.entrySet()) {
            Workflow workflow = preset.getValue().get();
            Map<String, String> constants = new TreeMap<>();
            for (Field field : preset.getKey().getDeclaredFields()) {
                if (field.isSynthetic()) {
                    continue;
                }
                int modifiers = field.getModifiers();
                assertTrue(Modifier.isPublic(modifiers) && Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers)
                        && field.getType() == String.class, field + " is a public constant name");
                constants.put(field.getName(), (String) field.get(null));
            }
            Map<String, String> names = new TreeMap<>();
            workflow.statuses().forEach(s -> names.put(s.name(), s.name()));
            workflow.priorities().forEach(p -> names.put(p, p));
            assertEquals(names, constants, "the names of " + workflow.name());
        }
    }

    @Test
    void aConstantIsAcceptedWhereItsKindOfNameIsAsked() {
        Workflow crm = Workflows.crmSupport();
        assertEquals(StatusCategory.WAITING, crm.status(Workflows.CrmSupport.WAITING_ON_CUSTOMER).orElseThrow()
                .category());
        assertEquals(Workflows.CrmSupport.URGENT, crm.priority(Workflows.CrmSupport.URGENT).orElseThrow());
        assertEquals(Workflows.IspBilling.MINOR, Workflows.ispBilling().defaultPriority().orElseThrow());
    }
}
