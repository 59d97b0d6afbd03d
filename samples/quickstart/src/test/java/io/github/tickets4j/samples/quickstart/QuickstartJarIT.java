package io.github.tickets4j.samples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the packaged jar as the README tells a developer to, {@code java -jar target/tickets4j-quickstart.jar}, and
 * checks it tells the whole story, and nothing else, with only the jar on the class path.
 */
class QuickstartJarIT {

    @Test
    void javaDashJarTellsTheSameStoryAsTheSampleAndLogsNothing() throws Exception {
        Path jar = Path.of(System.getProperty("sample.jar", "target/tickets4j-quickstart.jar"));
        assertTrue(Files.isRegularFile(jar), "the runnable jar is missing: " + jar);
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()).start();
        java.getOutputStream().close();
        CompletableFuture<String> out = read(java.getInputStream());
        CompletableFuture<String> err = read(java.getErrorStream());
        assertTrue(java.waitFor(2, TimeUnit.MINUTES), "the quickstart did not finish");

        assertEquals(0, java.exitValue(), err.get());
        assertEquals("", err.get(), "the quickstart should print its story only");
        String story = out.get();
        for (String expected : new String[] {"RE00000001", "OPEN", "IN_PROGRESS", "CLOSED", "OVERDUE", "REFUSED"}) {
            assertTrue(story.contains(expected), "missing " + expected + " in:\n" + story);
        }
        assertEquals(inProcess(), story);
    }

    private static String inProcess() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Quickstart.play(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }
}
