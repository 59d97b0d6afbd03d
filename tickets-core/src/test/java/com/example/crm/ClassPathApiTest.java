package com.example.crm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.ticket.Ticket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What a host on the class path, where no module descriptor hides anything, can reach: public types in the
 * exported packages only, the desk's engine not among them, and tickets to read but not to change.
 */
class ClassPathApiTest {
    private static final Set<String> EXPORTED = Set.of("io.github.tickets4j.core", "io.github.tickets4j.core.ticket",
            "io.github.tickets4j.core.workflow", "io.github.tickets4j.core.access", "io.github.tickets4j.core.query",
            "io.github.tickets4j.core.stats", "io.github.tickets4j.core.spi", "io.github.tickets4j.core.memory");

    @Test
    void everyPublicTypeIsInAnExportedPackage() {
        Set<String> packages = publicTypes().stream().map(n -> n.substring(0, n.lastIndexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(EXPORTED), packages);
    }

    @Test
    void theDeskPackageExposesTheFacadeItsBuilderTheIdentifierRulesAndTheExceptions() {
        Set<String> root = publicTypes().stream().filter(n -> n.lastIndexOf('.') == "io.github.tickets4j.core".length())
                .map(n -> n.substring(n.lastIndexOf('.') + 1)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Set.of("TicketDesk", "TicketDeskBuilder", "Identifiers", "Violation",
                "TicketsException", "AccessDeniedException", "ConcurrentTicketModificationException",
                "ConfigurationException", "NumbersExhaustedException", "RuleViolationException",
                "TicketNotFoundException", "TransitionNotAllowedException", "ValidationFailedException",
                "WorkflowMismatchException")), root);
    }

    @Test
    void aTicketIsStateToReadWithNoWayToChangeIt() {
        Set<String> readers = Arrays.stream(Ticket.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        readers.addAll(Set.of("summary", "isOverdue", "equals", "hashCode", "toString"));
        Set<String> offered = Arrays.stream(Ticket.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(readers, offered);
    }

    /** The public top-level types compiled into tickets-core, by name. */
    private static Set<String> publicTypes() {
        Path classes;
        try {
            classes = Path.of(TicketDesk.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(f -> classes.relativize(f).toString()).filter(f -> f.endsWith(".class"))
                    .filter(f -> !f.contains("$") && !f.equals("module-info.class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .filter(n -> Modifier.isPublic(load(n).getModifiers()))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, TicketDesk.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
