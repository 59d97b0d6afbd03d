package io.github.tickets4j.jpa;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Flyway runs the V-scripts of a database's folder and Liquibase runs its tickets4j-changelog.xml: the changelog must
 * include exactly those scripts, in version order, each holding the one changeset tickets4j:N of its version N, and
 * {@link DatabaseKind#schemaScripts()} must name the same list. A script added without the changelog (or the other
 * way round) fails here.
 */
class ChangelogCompletenessTest {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");
    private static final Pattern CHANGESET = Pattern.compile("(?m)^-- ?changeset\\s+(\\S+)");
    private static final Pattern FORMATTED = Pattern.compile("-- ?liquibase formatted sql\n");

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theChangelogIncludesExactlyTheVersionedScriptsInOrder(DatabaseKind kind) throws Exception {
        String folder = folderOf(kind);
        List<String> scripts = versionedScripts(folder);
        assertTrue(scripts.size() >= 2, () -> "no versioned scripts found in " + folder + ": " + scripts);
        assertEquals(scripts, includes(folder + "/tickets4j-changelog.xml"),
                folder + "/tickets4j-changelog.xml must include every V-script of its folder, in version order, and"
                        + " nothing else");
        assertEquals(scripts.stream().map(s -> folder + "/" + s).toList(), kind.schemaScripts(),
                "DatabaseKind.schemaScripts() names the same scripts");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void everyScriptIsFormattedSqlWithTheOneChangesetOfItsVersion(DatabaseKind kind) throws Exception {
        String folder = folderOf(kind);
        for (String script : versionedScripts(folder)) {
            String text = read(folder + "/" + script);
            // "-- " with a blank: MariaDB reads "--" as a comment only when a blank follows, and Flyway sends it.
            assertTrue(FORMATTED.matcher(text).lookingAt(), script + " starts as Liquibase formatted SQL");
            List<String> changesets = new ArrayList<>();
            Matcher m = CHANGESET.matcher(text);
            while (m.find()) {
                changesets.add(m.group(1));
            }
            assertEquals(List.of("tickets4j:" + version(script)), changesets, folder + "/" + script);
        }
    }

    private static String folderOf(DatabaseKind kind) {
        String first = kind.schemaScripts().get(0);
        return first.substring(0, first.lastIndexOf('/'));
    }

    /** The V-scripts of a class-path folder (a directory of the build), in version order. */
    private static List<String> versionedScripts(String folder) throws IOException, URISyntaxException {
        URL url = ChangelogCompletenessTest.class.getClassLoader().getResource(folder);
        assertTrue(url != null && "file".equals(url.getProtocol()), () -> folder + " is a directory: " + url);
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("V") && n.endsWith(".sql"))
                    .peek(n -> assertTrue(VERSIONED.matcher(n).matches(), n + " is named V<version>__<name>.sql"))
                    .sorted(Comparator.comparingLong(ChangelogCompletenessTest::version)).toList();
        }
    }

    private static long version(String script) {
        Matcher m = VERSIONED.matcher(script);
        assertTrue(m.matches(), script);
        return Long.parseLong(m.group(1));
    }

    /** The files a changelog includes, relative to its folder, in order. */
    private static List<String> includes(String changelog) throws Exception {
        DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        try (InputStream in = ChangelogCompletenessTest.class.getClassLoader().getResourceAsStream(changelog)) {
            assertTrue(in != null, () -> "missing " + changelog);
            Element root = dbf.newDocumentBuilder().parse(in).getDocumentElement();
            assertEquals("databaseChangeLog", root.getLocalName());
            List<String> files = new ArrayList<>();
            NodeList children = root.getChildNodes();
            for (int i = 0; i < children.getLength(); i++) {
                if (children.item(i) instanceof Element e) {
                    assertEquals("include", e.getLocalName(), changelog + " holds only includes");
                    assertEquals("true", e.getAttribute("relativeToChangelogFile"), changelog);
                    files.add(e.getAttribute("file"));
                }
            }
            return files;
        }
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = ChangelogCompletenessTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
