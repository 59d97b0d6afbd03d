package com.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Host code compiled here, outside the library's modules, with the published jars on the class path (where module
 * descriptors are ignored): what the README shows compiles, and every way around the desk is a compile error.
 */
class ClassPathHostCompileTest {
    private static final String IMPORTS = """
            package com.example.crm;

            import io.github.tickets4j.core.*;
            import io.github.tickets4j.core.access.*;
            import io.github.tickets4j.core.memory.*;
            import io.github.tickets4j.core.spi.*;
            import io.github.tickets4j.core.ticket.*;
            import io.github.tickets4j.core.workflow.*;
            import java.time.*;
            """;

    @TempDir
    Path out;

    /** Snippets a host might try, each of which must not compile: each reaches past the desk. */
    static List<String> bypasses() {
        return List.of(
                // The aggregate's decisions are the desk's: a host holding a Ticket cannot decide for it.
                "void f(Ticket t, Transition tr, Status s) { t.move(tr, s, java.util.Optional.empty(),"
                        + " UserId.of(\"x\"), Instant.now()); }",
                "void f(Ticket t) { t.assign(UserId.of(\"x\"), java.util.Optional.empty(), UserId.of(\"x\"),"
                        + " Instant.now()); }",
                "Object f() { return Ticket.builder(); }",
                "Object f(Ticket t) { return t.toBuilder(); }",
                // The desk's engine is package-private, beside the desk.
                "Object f() { return new io.github.tickets4j.core.Catalog(null, java.util.List.of()); }",
                "Object f(io.github.tickets4j.core.Guard g) { return g; }",
                "Object f() { return io.github.tickets4j.core.Handlers.class; }",
                "Object f(io.github.tickets4j.core.Engines e) { return e.of(TenantId.DEFAULT); }",
                // The JPA adapter's rows, reads, writes and failure translation are package-private, beside JpaStorage:
                // a host holding an EntityManager cannot write a ticket's row around the desk.
                "void f(jakarta.persistence.EntityManager em, Change c) {"
                        + " io.github.tickets4j.jpa.TicketWrites.insert(new io.github.tickets4j.jpa.Session(em), null,"
                        + " c); }",
                "Object f(jakarta.persistence.EntityManager em) {"
                        + " return em.find(io.github.tickets4j.jpa.TicketEntity.class, null); }",
                "Object f(jakarta.persistence.PersistenceException e) {"
                        + " return io.github.tickets4j.jpa.Failures.translate(e, \"RE-1\"); }");
    }

    @Test
    void hostCodeUsingTheApiCompiles() throws IOException {
        List<Diagnostic<? extends JavaFileObject>> errors = compile("""
                TicketDesk desk() {
                    return TicketDesk.builder().inMemory().directory(new InMemoryDirectory())
                            .zone(ZoneId.of("Europe/Berlin")).build();
                }
                Ticket create(TicketDesk desk) {
                    return desk.create(Actor.of("sam", Role.OPERATIONS).inTenant(TenantId.of("acme")),
                            CreateTicket.titled("Printer jam").build());
                }
                String read(Ticket t) {
                    return t.number().value() + t.status().name() + t.tenant() + t.hiddenFromCustomer();
                }
                TicketDesk onJpa(jakarta.persistence.EntityManagerFactory factory) {
                    io.github.tickets4j.jpa.JpaStorage storage = io.github.tickets4j.jpa.JpaStorage.resourceLocal(
                            factory, io.github.tickets4j.jpa.DatabaseKind.POSTGRESQL);
                    return TicketDesk.builder().storage(storage).directory(new InMemoryDirectory()).build();
                }
                java.util.List<String> entityClassNames() {
                    return io.github.tickets4j.jpa.TicketsPersistence.managedClassNames();
                }
                """);

        assertEquals(List.of(), errors.stream().map(d -> d.getMessage(null)).toList());
    }

    @ParameterizedTest
    @MethodSource("bypasses")
    void aWayAroundTheDeskDoesNotCompile(String member) throws IOException {
        List<Diagnostic<? extends JavaFileObject>> errors = compile(member);

        assertFalse(errors.isEmpty(), "compiled, so a host can do this: " + member);
        assertTrue(errors.stream().allMatch(d -> d.getKind() == Diagnostic.Kind.ERROR));
    }

    private List<Diagnostic<? extends JavaFileObject>> compile(String members) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        String source = IMPORTS + "\nclass Host {\n" + members + "\n}\n";
        JavaFileObject file = new SimpleJavaFileObject(URI.create("string:///com/example/crm/Host.java"),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return source;
            }
        };
        Files.createDirectories(out);
        List<String> options = List.of("-classpath", classPath(), "-d", out.toString(), "-proc:none");
        compiler.getTask(new StringWriter(), null, diagnostics, options, null, List.of(file)).call();
        return diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR).toList();
    }

    /** The class path this test runs with (surefire names it; a plain JVM has it in java.class.path). */
    private static String classPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }
}
