package io.github.tickets4j.core.desk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.tickets4j.core.ConfigurationException;
import io.github.tickets4j.core.TicketDesk;
import io.github.tickets4j.core.memory.InMemoryDirectory;
import io.github.tickets4j.core.memory.InMemoryNumberSequence;
import io.github.tickets4j.core.memory.InMemoryTicketStore;
import org.junit.jupiter.api.Test;

/** The builder fails fast, naming every missing setting in one {@link ConfigurationException}. */
class TicketDeskBuilderTest {
    private final InMemoryDirectory directory = new InMemoryDirectory();

    @Test
    void aMissingStoreIsNamed() {
        String message = refused(TicketDesk.builder().numbers(new InMemoryNumberSequence()).directory(directory));
        assertTrue(message.contains("store(...) is required"), message);
        assertFalse(message.contains("numbers(...)"), message);
        assertFalse(message.contains("directory(...)"), message);
    }

    @Test
    void aMissingNumberSequenceIsNamed() {
        String message = refused(TicketDesk.builder().store(new InMemoryTicketStore()).directory(directory));
        assertTrue(message.contains("numbers(...) is required"), message);
        assertFalse(message.contains("store(...)"), message);
    }

    @Test
    void aMissingDirectoryIsNamed() {
        String message = refused(TicketDesk.builder().inMemory());
        assertTrue(message.contains("directory(...) is required"), message);
        assertFalse(message.contains("store(...)"), message);
    }

    @Test
    void everyMissingSettingIsNamedAtOnce() {
        String message = refused(TicketDesk.builder().clock(null).workflow(null));
        for (String setting : new String[] {"store(...)", "numbers(...)", "directory(...)", "clock(...)",
            "workflow(...)"}) {
            assertTrue(message.contains(setting), message);
        }
    }

    @Test
    void aNullSettingThatHasADefaultIsNamed() {
        String message = refused(TicketDesk.builder().inMemory().directory(directory).events(null));
        assertEquals("Cannot build TicketDesk: events(...) must not be null", message);
    }

    @Test
    void inMemoryWithADirectoryIsEnough() {
        TicketDesk desk = TicketDesk.builder().inMemory().directory(directory).build();
        assertEquals("standard", desk.workflow().name());
    }

    private static String refused(TicketDesk.Builder builder) {
        return assertThrows(ConfigurationException.class, builder::build).getMessage();
    }
}
