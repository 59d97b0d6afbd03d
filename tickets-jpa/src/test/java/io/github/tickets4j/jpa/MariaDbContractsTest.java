package io.github.tickets4j.jpa;

import io.github.tickets4j.core.access.AccessPolicy;
import io.github.tickets4j.core.access.RoleMatrix;
import io.github.tickets4j.core.spi.Directory;
import io.github.tickets4j.core.spi.TicketStorage;
import io.github.tickets4j.testkit.AccessPolicyContract;
import io.github.tickets4j.testkit.NumberSequenceContract;
import io.github.tickets4j.testkit.TicketStoreContract;
import io.github.tickets4j.testkit.TransactionContract;
import io.github.tickets4j.testkit.fixtures.Actors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;

/** The testkit's contracts on MariaDB. */
@DisplayName("[MariaDB] testkit contracts")
class MariaDbContractsTest {
    private static final TestDatabase DB = TestDatabase.MARIADB;

    @Nested
    @DisplayName("[MariaDB] access policy contract, the standard matrix's scopes run by this store")
    class Policy extends AccessPolicyContract {
        @Override
        protected AccessPolicy policy() {
            return RoleMatrix.standard();
        }

        @Override
        protected Directory directory() {
            return Actors.directory();
        }

        @Override
        protected TicketStorage newStorage() {
            return ContractDatabases.emptyStorage(DB);
        }
    }

    @Nested
    @DisplayName("[MariaDB] store contract")
    class Store extends TicketStoreContract {
        @Override
        protected TicketStorage newStorage() {
            return ContractDatabases.emptyStorage(DB);
        }
    }

    @Nested
    @DisplayName("[MariaDB] transaction contract, resource-local")
    class Transaction extends TransactionContract {
        @Override
        protected TicketStorage newStorage() {
            return ContractDatabases.emptyStorage(DB);
        }
    }

    @Nested
    @DisplayName("[MariaDB] transaction contract, host-managed (the host begins and commits around each desk call)")
    class HostManagedTransaction extends TransactionContract {
        private EmulatedHost host;

        @Override
        protected TicketStorage newStorage() {
            host = new EmulatedHost(ContractDatabases.shared(DB));
            return ContractDatabases.emptyHostManagedStorage(DB, host);
        }

        @Override
        protected void releaseStorage(TicketStorage storage) {
            host.close();
        }
    }

    @Nested
    @DisplayName("[MariaDB] number sequence contract, SEQUENCE strategy")
    class Sequence extends NumberSequenceContract {
        @Override
        protected TicketStorage newStorage(long lastIssued) {
            return ContractDatabases.sequence(DB, lastIssued);
        }
    }

    @Nested
    @DisplayName("[MariaDB] number sequence contract, GAPLESS strategy")
    class Gapless extends NumberSequenceContract {
        @Override
        protected TicketStorage newStorage(long lastIssued) {
            return ContractDatabases.gapless(DB, lastIssued);
        }
    }

    @Nested
    @DisplayName("[MariaDB] number sequence contract, blocks strategy")
    class Blocks extends NumberSequenceContract {
        @Override
        protected TicketStorage newStorage(long lastIssued) {
            return ContractDatabases.blocks(DB, lastIssued);
        }
    }
}
