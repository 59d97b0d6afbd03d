package com.example.host;

import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.jpa.JpaStorage;
import io.github.tickets4j.testkit.TicketStoreContract;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The published modules as they sit on this test's class path, each found by one of its public classes. */
enum Library {
    CORE(TicketDesk.class),
    JPA(JpaStorage.class),
    TESTKIT(TicketStoreContract.class);

    private final Class<?> anchor;

    Library(Class<?> anchor) {
        this.anchor = anchor;
    }

    /** @return the jar (or class directory) the module was loaded from */
    Path location() {
        try {
            return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the module descriptor, empty for a module without one (the testkit) */
    Optional<ModuleDescriptor> descriptor() {
        return ModuleFinder.of(location()).findAll().stream().map(m -> m.descriptor())
                .filter(d -> !d.isAutomatic()).findFirst();
    }

    /**
     * @return the packages that are API: the unqualified exports of the module descriptor, or every package of a
     *     module without one
     */
    Set<String> apiPackages() {
        return descriptor().map(d -> {
            Set<String> exported = new TreeSet<>();
            d.exports().stream().filter(e -> !e.isQualified()).forEach(e -> exported.add(e.source()));
            return (Set<String>) exported;
        }).orElseGet(() -> new TreeSet<>(ModuleFinder.of(location()).findAll().iterator().next().descriptor()
                .packages()));
    }

    /** @return the file listing the module's intended public types, under src/test/resources/api */
    String listing() {
        return "api/" + name().toLowerCase(java.util.Locale.ROOT) + ".txt";
    }
}
