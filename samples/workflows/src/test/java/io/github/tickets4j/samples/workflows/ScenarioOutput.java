package io.github.tickets4j.samples.workflows;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** What a scenario printed, line by line, with the assertions the scenario tests share. */
final class ScenarioOutput {
    private final List<String> lines;

    private ScenarioOutput(List<String> lines) {
        this.lines = lines;
    }

    /**
     * Plays one seed's scenario through the sample's entry point and keeps what it printed.
     *
     * @param seed the seed number
     * @return the output
     */
    static ScenarioOutput play(String seed) {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        WorkflowScenarios.play(new PrintStream(buffer, true, StandardCharsets.UTF_8), Set.of(seed));
        return new ScenarioOutput(buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /**
     * Keeps what a story printed into a buffer, for a test that also holds the story's outcome.
     *
     * @param buffer what the story printed, in UTF-8
     * @return the output
     */
    static ScenarioOutput of(ByteArrayOutputStream buffer) {
        return new ScenarioOutput(buffer.toString(StandardCharsets.UTF_8).lines().toList());
    }

    /**
     * A stream a story prints into, for {@link #of}.
     *
     * @param buffer where the bytes go
     * @return the stream, UTF-8
     */
    static PrintStream into(ByteArrayOutputStream buffer) {
        return new PrintStream(buffer, true, StandardCharsets.UTF_8);
    }

    /** @return every line */
    List<String> lines() {
        return lines;
    }

    /**
     * The lines from the first containing {@code from} to the next blank line.
     *
     * @param from text of the section's first line
     * @return the section
     */
    ScenarioOutput section(String from) {
        int start = indexOf(from, 0);
        int end = start + 1;
        while (end < lines.size() && !lines.get(end).isBlank()) {
            end++;
        }
        return new ScenarioOutput(lines.subList(start, end));
    }

    /**
     * Asserts a line ends with the text.
     *
     * @param expected the line's end
     */
    void hasLineEndingWith(String expected) {
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(expected)),
                "no line ending with '" + expected + "' in:\n" + this);
    }

    /**
     * Asserts that the line containing {@code attempt} is followed by a refusal containing {@code refusal}.
     *
     * @param attempt text of the attempt's line
     * @param refusal text of the refusal
     */
    void refuses(String attempt, String refusal) {
        int at = indexOf(attempt, 0);
        String next = at + 1 < lines.size() ? lines.get(at + 1) : "";
        assertTrue(next.contains("REFUSED") && next.contains(refusal), "after '" + lines.get(at) + "' came '" + next
                + "'");
    }

    /**
     * Asserts the texts appear in this order, each on a later line than the one before.
     *
     * @param texts the texts
     */
    void inOrder(String... texts) {
        int at = -1;
        for (String text : texts) {
            at = indexOf(text, at + 1);
        }
    }

    private int indexOf(String text, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line containing '" + text + "' after line " + from + " in:\n" + this);
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
