package io.github.tickets4j.samples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Plays the quickstart's story and checks what it tells: the behaviour of seed 000 a host developer reads. */
class QuickstartTest {
    private static List<String> story;

    @BeforeAll
    static void playTheStory() {
        story = tell();
    }

    @Test
    void salesCreatesTheFirstTicketAsRE00000001InOpenLinkedToTheProjectsCustomer() {
        assertLine("sam  SALES      creates RE00000001 \"Solar panel not generating power\" for project P-1001,"
                + " customer C-501 -> OPEN", story);
    }

    @Test
    void dashboardFlagsTheFirstTicketOverdueOnceItsFollowUpDateHasPassed() {
        List<String> first = section("dashboard flags it", "fay  FINANCE");
        assertLine("  KPIs    Open 1 | In progress 2 | Closed 0 | Overdue 1   (total 3)", first);
        assertLine("  Donut   OPEN 33.3% (1) | IN_PROGRESS 66.7% (2) | CLOSED 0.0% (0)", first);
        assertRow(first, "RE00000001", "P-1001", "C-501", "IN_PROGRESS", "2026-03-02", "2026-03-03", "2026-03-04",
                "OVERDUE");
        assertRow(first, "RE00000003", "P-1002", "C-502", "IN_PROGRESS", "2026-03-03", "2026-03-03", "2026-03-06");
        assertRow(first, "RE00000002", "P-1001", "C-501", "OPEN", "2026-03-02", "-", "-");
    }

    @Test
    void financeIsRefusedAFollowUpWithTheDesksMessage() {
        assertFollowedBy("fay  FINANCE    tries to follow up on RE00000001",
                "REFUSED (AccessDeniedException): User fay may not add a follow-up to ticket RE00000001:"
                        + " none of their roles [FINANCE] grants it");
    }

    @Test
    void salesCannotFollowUpOnAClosedTicket() {
        assertFollowedBy("sam  SALES      tries to follow up on RE00000001",
                "REFUSED (AccessDeniedException): User sam may not change closed ticket RE00000001");
    }

    @Test
    void adminReopensTheClosedTicketAndClosesItAgain() {
        assertLine("ada  ADMIN      reopens RE00000001: \"Customer reports the output dropped again\" -> OPEN", story);
        assertLine("ada  ADMIN      closes RE00000001: \"Connector replaced; output verified\" -> CLOSED", story);
    }

    @Test
    void finalDashboardHasOneTicketPerStatusAndTheDonutAddsUpToExactlyHundred() {
        List<String> last = section("A week later", "as the ticket drawer shows it");
        assertLine("  KPIs    Open 1 | In progress 1 | Closed 1 | Overdue 1   (total 3)", last);
        assertLine("  Donut   OPEN 33.4% (1) | IN_PROGRESS 33.3% (1) | CLOSED 33.3% (1)", last);
        assertRow(last, "RE00000003", "P-1002", "C-502", "IN_PROGRESS", "2026-03-03", "2026-03-03", "2026-03-06",
                "OVERDUE");
        assertFalse(last.stream().anyMatch(l -> l.startsWith("  RE00000001")), "a closed ticket left the table");
    }

    @Test
    void timelineShowsEveryStepOfTheFirstTicketMostRecentFirst() {
        List<String> timeline = section("as the ticket drawer shows it", "Follow-ups of");
        assertLine("  project P-1001, customer C-501, created Mon 2026-03-02 09:00 by sam,"
                + " closed Mon 2026-03-09 11:30 by ada", timeline);
        List<String> actions = timeline.stream().filter(l -> l.startsWith("    "))
                .map(l -> l.strip().split(" +")[4]).toList();
        assertEquals(List.of("CLOSED", "FOLLOW_UP_ADDED", "REOPENED", "CLOSED", "FOLLOW_UP_ADDED", "FOLLOW_UP_ADDED",
                "STATUS_CHANGED", "FOLLOW_UP_ADDED", "CREATED"), actions);
        assertTrue(timeline.stream().anyMatch(l -> l.endsWith(
                "sam   FOLLOW_UP_ADDED  \"Called the customer: inverter shows error E21\"  next action 2026-03-04"
                        + "  (internal)")), String.join("\n", timeline));
    }

    @Test
    void timelineMarksEveryEntryTheCustomerWouldNotSee() {
        List<String> timeline = section("as the ticket drawer shows it", "Follow-ups of");
        // Creation, status changes, closing and reopening are public; of the notes only Olga's was written public.
        List<String> marked = timeline.stream().filter(l -> l.startsWith("    "))
                .map(l -> l.strip().split(" +")[4] + (l.endsWith("  (internal)") ? " internal" : "")).toList();
        assertEquals(List.of("CLOSED", "FOLLOW_UP_ADDED internal", "REOPENED", "CLOSED", "FOLLOW_UP_ADDED",
                "FOLLOW_UP_ADDED internal", "STATUS_CHANGED", "FOLLOW_UP_ADDED internal", "CREATED"), marked);
    }

    @Test
    void followUpsListEveryAcceptedNoteWithAuthorVisibilityAndNextActionMostRecentFirst() {
        // The refused notes of Fay and of Sam (after closing) were never written.
        List<String> followUps = section("Follow-ups of RE00000001", "tenant lumen").stream().skip(1).map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        assertEquals(List.of(
                "Mon 2026-03-09 11:30  ada   internal \"Loose DC connector found and replaced on site\"",
                "Thu 2026-03-05 16:00  olga  public   \"Replaced the inverter fuse; output back to normal\"",
                "Tue 2026-03-03 10:15  olga  internal \"Technician visit booked with the customer\"",
                "Mon 2026-03-02 09:30  sam   internal \"Called the customer: inverter shows error E21\"  next action"
                        + " 2026-03-04"), followUps);
    }

    @Test
    void aSecondCompanyOnTheSameDatabaseNumbersFromOneAndSeesNoneOfTheInstallersTickets() {
        List<String> lumen = section("tenant lumen", null);
        assertLine("olga@lumen OPERATIONS creates RE00000001 \"Heat pump makes a rattling noise\" for project P-2001,"
                + " customer C-601 -> OPEN", lumen);
        assertLine("olga@lumen OPERATIONS looks up RE00000003 -> no such ticket", lumen);
        assertLine("  KPIs    Open 1 | In progress 0 | Closed 0 | Overdue 0   (total 1)", lumen);
        assertRow(lumen, "RE00000001", "P-2001", "C-601", "OPEN", "2026-03-09", "-", "-");
    }

    @Test
    void theStoryIsTheSameOnEveryRunBecauseTimeOnlyComesFromTheStoryClock() {
        assertEquals(story, tell());
    }

    private static List<String> tell() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        Quickstart.play(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        return buffer.toString(StandardCharsets.UTF_8).lines().toList();
    }

    /** The lines from the first one containing {@code from} up to, not including, the next containing {@code to}. */
    private static List<String> section(String from, String to) {
        int start = indexOf(from, 0);
        int end = to == null ? story.size() : indexOf(to, start + 1);
        return story.subList(start, end);
    }

    private static int indexOf(String text, int from) {
        for (int i = from; i < story.size(); i++) {
            if (story.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line containing '" + text + "' in:\n" + String.join("\n", story));
    }

    private static void assertFollowedBy(String attempt, String refusal) {
        int at = indexOf(attempt, 0);
        assertTrue(story.get(at + 1).contains(refusal), "after '" + story.get(at) + "' came '" + story.get(at + 1)
                + "'");
    }

    private static void assertLine(String expected, List<String> lines) {
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(expected)),
                "no line ending with '" + expected + "' in:\n" + String.join("\n", lines));
    }

    private static void assertRow(List<String> lines, String number, String... cells) {
        String row = lines.stream().filter(l -> l.startsWith("  " + number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " is not in the table:\n" + String.join("\n", lines)));
        List<String> parts = List.of(row.strip().split(" +"));
        assertEquals(List.of(cells), parts.subList(1, parts.size()), row);
    }
}
