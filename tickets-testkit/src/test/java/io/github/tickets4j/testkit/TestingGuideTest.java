package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing your integration" shows the rule list and the example as they are in the code. The guide's
 * path can be given with the system property {@code tickets4j.guide}, to check a draft of it.
 */
class TestingGuideTest {
    private static final Path GUIDE = Path.of(System.getProperty("tickets4j.guide", "../README.md"));
    private static final Path EXAMPLE = Path.of("src", "test", "java", "com", "example", "crm");

    @Test
    void guideListsEveryRuleWithItsStatement() throws IOException {
        String guide = guide();
        for (ContractRule rule : ContractRule.values()) {
            String row = "| " + rule.id() + " | " + rule.contract() + " | " + rule.statement() + " |";
            assertTrue(guide.contains(row), "the guide's rule table lacks: " + row);
        }
    }

    @Test
    void guideShowsTheExampleStorageAndItsContractTestVerbatim() throws IOException {
        String guide = guide();
        for (String file : new String[] {"MapTicketStore.java", "MapTicketStorage.java", "MapGuestPasses.java",
            "MapTicketStoreContractTest.java"}) {
            String code = Files.readString(EXAMPLE.resolve(file)).strip();
            assertTrue(guide.contains(code), "the guide must show " + file + " as it is in the test sources");
        }
    }

    private static String guide() throws IOException {
        return Files.readString(GUIDE);
    }
}
