package io.github.tickets4j.jpa;

import io.github.tickets4j.core.spi.NumberSequence;
import io.github.tickets4j.core.spi.TicketStore;
import io.github.tickets4j.core.spi.Transactions;
import io.github.tickets4j.testkit.NumberSequenceContract;
import io.github.tickets4j.testkit.TicketStoreContract;
import io.github.tickets4j.testkit.TransactionContract;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The testkit's contracts on PostgreSQL. */
@DisplayName("[PostgreSQL] testkit contracts")
class PostgreSqlContractsTest {
    private static final TestDatabase DB = TestDatabase.POSTGRESQL;

    @Nested
    @DisplayName("[PostgreSQL] store contract")
    class Store extends TicketStoreContract {
        @Override
        protected TicketStore newStore() {
            return ContractDatabases.emptyStore(DB);
        }

        @Override
        protected Transactions transactions(TicketStore store) {
            return ContractDatabases.shared(DB);
        }
    }

    @Nested
    @DisplayName("[PostgreSQL] transaction contract")
    class Transaction extends TransactionContract {
        @Override
        protected TicketStore newStore() {
            return ContractDatabases.emptyStore(DB);
        }

        @Override
        protected Transactions transactions(TicketStore store) {
            return ContractDatabases.shared(DB);
        }
    }

    @Nested
    @DisplayName("[PostgreSQL] number sequence contract, SEQUENCE strategy")
    class Sequence extends NumberSequenceContract {
        @Override
        protected NumberSequence newSequence(long lastIssued) {
            return ContractDatabases.sequence(DB, lastIssued);
        }

        @Override
        protected Transactions transactions() {
            return ContractDatabases.shared(DB);
        }
    }

    @Nested
    @DisplayName("[PostgreSQL] number sequence contract, GAPLESS strategy")
    class Gapless extends NumberSequenceContract {
        @Override
        protected NumberSequence newSequence(long lastIssued) {
            return ContractDatabases.gapless(DB, lastIssued);
        }

        @Override
        protected Transactions transactions() {
            return ContractDatabases.shared(DB);
        }
    }
}
