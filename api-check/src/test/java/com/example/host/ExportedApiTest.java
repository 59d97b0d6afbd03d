package com.example.host;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import io.github.tickets4j.core.ticket.Ticket;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The API of each published module is exactly the public types its API packages hold, as listed in
 * {@code src/test/resources/api/<module>.txt}. A type that turns public by accident, or an API type that vanishes,
 * fails here naming it: change the listing only when the change is meant (and is a semantic-versioning matter).
 * Beside that, no package outside the API holds a type a host could name: what is not exported is package-private,
 * so a class-path host, which ignores module descriptors, cannot reach it either.
 */
class ExportedApiTest {

    @ParameterizedTest
    @EnumSource(Library.class)
    void theApiPackagesHoldExactlyTheListedPublicTypes(Library library) throws IOException {
        Set<String> actual = reachable(library).stream()
                .filter(c -> library.apiPackages().contains(c.getPackageName()))
                .map(ExportedApiTest::name).collect(Collectors.toCollection(TreeSet::new));
        Set<String> intended = intended(library);

        Set<String> unintended = new TreeSet<>(actual);
        unintended.removeAll(intended);
        Set<String> missing = new TreeSet<>(intended);
        missing.removeAll(actual);
        if (!unintended.isEmpty() || !missing.isEmpty()) {
            fail(library + ": public types differ from " + library.listing() + "\n  not listed (unintended?): "
                    + unintended + "\n  listed but gone: " + missing);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Library.class, names = {"CORE", "JPA"})
    void nothingOutsideTheExportedPackagesIsReachable(Library library) {
        List<String> leaking = reachable(library).stream()
                .filter(c -> !library.apiPackages().contains(c.getPackageName()))
                .map(ExportedApiTest::name).sorted().toList();

        assertEquals(List.of(), leaking, library + ": public types outside the exported packages "
                + library.apiPackages() + " are reachable from a class-path host");
    }

    @ParameterizedTest
    @EnumSource(value = Library.class, names = {"CORE", "JPA"})
    void noExportedPackageIsInternal(Library library) {
        assertTrue(library.apiPackages().stream().noneMatch(p -> p.endsWith(".internal")),
                library + " exports " + library.apiPackages());
    }

    @Test
    void aTicketIsStateToReadWithNoWayToChangeIt() {
        Set<String> readers = Arrays.stream(Ticket.class.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        readers.addAll(Set.of("summary", "isOverdue", "equals", "hashCode", "toString"));
        Set<String> offered = Arrays.stream(Ticket.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers())).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(readers, offered, "Ticket's public methods");
    }

    /** Public classes a host can name: public top-level types and public members of public types. */
    private static Set<JavaClass> reachable(Library library) {
        JavaClasses classes = read(library.location());
        assertTrue(classes.size() > 10, library + ": no classes read from " + library.location());
        return classes.stream().filter(c -> !c.getSimpleName().equals("module-info")
                && !c.getSimpleName().equals("package-info")
                && !c.isAnonymousClass() && !c.isLocalClass() && publicAllTheWayOut(c))
                .collect(Collectors.toSet());
    }

    /** The classes of a jar, or of a class directory (when the reactor hands over target/classes). */
    private static JavaClasses read(Path location) {
        if (Files.isDirectory(location)) {
            return new ClassFileImporter().importPath(location);
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return new ClassFileImporter().importJar(jar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean publicAllTheWayOut(JavaClass c) {
        Optional<JavaClass> outer = c.getEnclosingClass();
        return c.getModifiers().contains(JavaModifier.PUBLIC)
                && outer.map(ExportedApiTest::publicAllTheWayOut).orElse(true);
    }

    private static String name(JavaClass c) {
        return c.getName().replace('$', '.');
    }

    private static Set<String> intended(Library library) throws IOException {
        try (InputStream in = ExportedApiTest.class.getClassLoader().getResourceAsStream(library.listing())) {
            if (in == null) {
                return Set.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
