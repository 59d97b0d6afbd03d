package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.TicketDeskBuilder;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryStorage;
import io.github.tickets4j.core.spi.GuestPasses;
import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.core.workflow.StatusCategory;
import io.github.tickets4j.core.workflow.Workflow;
import io.github.tickets4j.core.workflow.Workflows;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builder fails fast, naming every missing setting and every problem of the storage in one exception. */
class TicketDeskBuilderTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private final InMemoryDirectory directory = new InMemoryDirectory();

    @Test
    void aMissingStorageIsNamed() {
        String message = refused(TicketDesk.builder().directory(directory).zone(ZONE));
        assertTrue(message.contains("storage(...) is required"), message);
        assertFalse(message.contains("directory(...)"), message);
        assertFalse(message.contains("zone(...)"), message);
    }

    @Test
    void aMissingZoneIsNamedRatherThanTakenFromTheClock() {
        String message = refused(TicketDesk.builder().inMemory().directory(directory));
        assertTrue(message.contains("zone(...) is required"), message);
        assertFalse(message.contains("storage(...)"), message);
    }

    @Test
    void aMissingDirectoryIsNamed() {
        String message = refused(TicketDesk.builder().inMemory().zone(ZONE));
        assertTrue(message.contains("directory(...) is required"), message);
        assertFalse(message.contains("storage(...)"), message);
    }

    @Test
    void storageDirectoryAndZoneMissingTogetherAreNamedInOneException() {
        String message = refused(TicketDesk.builder().clock(null).workflow(null));
        for (String setting : new String[] {"storage(...)", "directory(...)", "zone(...)", "clock(...)",
            "workflow(...)"}) {
            assertTrue(message.contains(setting), message);
        }
    }

    @Test
    void theStoragesOwnProblemsAreReportedWithTheBuildersOwn() {
        InMemoryStorage memory = new InMemoryStorage();
        TicketStorage broken = new TicketStorage() {
            @Override
            public TicketStore tickets() {
                return memory.tickets();
            }

            @Override
            public GuestPasses guestPasses() {
                return memory.guestPasses();
            }

            @Override
            public NumberSequence numbers() {
                return memory.numbers();
            }

            @Override
            public Transactions transactions() {
                return memory.transactions();
            }

            @Override
            public List<String> problems() {
                return List.of("entity TicketRow is not in the persistence unit", "schema V2 is missing");
            }
        };
        String message = refused(TicketDesk.builder().storage(broken).directory(directory));
        assertTrue(message.contains("entity TicketRow is not in the persistence unit"), message);
        assertTrue(message.contains("schema V2 is missing"), message);
        assertTrue(message.contains("zone(...) is required"), message);
    }

    @Test
    void aStorageThatHandsOutNoStoreIsRefused() {
        InMemoryStorage memory = new InMemoryStorage();
        TicketStorage hollow = new TicketStorage() {
            @Override
            public TicketStore tickets() {
                return null;
            }

            @Override
            public GuestPasses guestPasses() {
                return memory.guestPasses();
            }

            @Override
            public NumberSequence numbers() {
                return memory.numbers();
            }

            @Override
            public Transactions transactions() {
                return memory.transactions();
            }
        };
        String message = refused(TicketDesk.builder().storage(hollow).directory(directory).zone(ZONE));
        assertTrue(message.contains(".tickets(...) must not be null"), message);
    }

    @Test
    void aNullSettingThatHasADefaultIsNamed() {
        String message = refused(TicketDesk.builder().inMemory().directory(directory).zone(ZONE).events(null));
        assertEquals("Cannot build TicketDesk: events(...) must not be null", message);
    }

    @Test
    void nullWorkflowsAreNamed() {
        String message = refused(TicketDesk.builder().inMemory().directory(directory).zone(ZONE)
                .workflows((Workflow) null));
        assertTrue(message.contains("workflows(...) must not hold null"), message);
        message = refused(TicketDesk.builder().inMemory().directory(directory).zone(ZONE)
                .workflows((Workflow[]) null));
        assertTrue(message.contains("workflows(...) must not be given null"), message);
    }

    @Test
    void aDefaultWorkflowOlderThanAnotherVersionOfItsNameIsRefused() {
        Workflow v2 = openClosed(2, StatusCategory.OPEN);
        String message = refused(TicketDesk.builder().inMemory().directory(directory).zone(ZONE)
                .workflow(openClosed(1, StatusCategory.OPEN)).workflows(v2));
        assertTrue(message.contains("the default workflow flow v1 is older than flow v2"), message);
    }

    @Test
    void twoDifferentDefinitionsUnderOneNameAndVersionAreRefusedButTheSameOneTwiceIsNot() {
        String message = refused(TicketDesk.builder().inMemory().directory(directory).zone(ZONE)
                .workflow(openClosed(1, StatusCategory.OPEN)).workflows(openClosed(1, StatusCategory.NEW)));
        assertTrue(message.contains("two different workflows are named flow v1"), message);
        TicketDesk desk = TicketDesk.builder().inMemory().directory(directory).zone(ZONE)
                .workflow(Workflows.standard()).workflows(Workflows.standard(), Workflows.ispBilling()).build();
        assertEquals("standard", desk.workflow().name());
    }

    @Test
    void inMemoryWithADirectoryAndAZoneIsEnough() {
        TicketDesk desk = TicketDesk.builder().inMemory().directory(directory).zone(ZONE).build();
        assertEquals("standard", desk.workflow().name());
    }

    /** A two-status workflow "flow" whose first status is in the given category. */
    private static Workflow openClosed(int version, StatusCategory first) {
        return Workflow.builder("flow").version(version).status("WAITING", first).status("DONE", StatusCategory.CLOSED)
                .initial("WAITING").transition("CLOSE", "WAITING", "DONE").build();
    }

    private static String refused(TicketDeskBuilder builder) {
        return assertThrows(ConfigurationException.class, builder::build).getMessage();
    }
}
