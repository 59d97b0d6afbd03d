package io.github.tickets4j.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Proves each contract catches the bug it exists for: run against a deliberately broken adapter, exactly the
 * rules that adapter breaks fail, and every other rule still passes.
 */
class ContractsCatchBrokenImplementationsTest {

    @Test
    void storeContractCatchesALostUpdateStore() {
        assertFailingRules(BrokenImplementations.LostUpdateStoreContract.class, "S07", "S08");
    }

    @Test
    void storeContractCatchesAStoreLeakingTicketsAcrossScopes() {
        assertFailingRules(BrokenImplementations.ScopeLeakingStoreContract.class, "S12", "S17", "S29");
    }

    @Test
    void storeContractCatchesAStoreCountingClosedTicketsAsOverdue() {
        assertFailingRules(BrokenImplementations.ClosedOverdueStoreContract.class, "S09", "S12", "S16", "S17");
    }

    @Test
    void storeContractCatchesAStoreDroppingEntryVisibility() {
        assertFailingRules(BrokenImplementations.PublicOnlyStoreContract.class, "S01", "S04", "S18", "S19", "S22");
    }

    @Test
    void storeContractCatchesAStorePagingHistoryWithoutItsCursor() {
        assertFailingRules(BrokenImplementations.IgnoresBeforeStoreContract.class, "S19");
    }

    @Test
    void storeContractCatchesAStoreForgettingWorkflowVersions() {
        assertFailingRules(BrokenImplementations.WorkflowVersionForgettingStoreContract.class, "S21");
    }

    @Test
    void storeContractCatchesAStoreLookingNumbersUpByTheirText() {
        assertFailingRules(BrokenImplementations.NumberTextStoreContract.class, "S24");
    }

    @Test
    void storeContractCatchesAStoreLowerCasingFreeTextInsteadOfFoldingIt() {
        assertFailingRules(BrokenImplementations.LowerCaseTextStoreContract.class, "S09");
    }

    @Test
    void storeContractCatchesAStoreLookingNumbersUpInEveryTenant() {
        assertFailingRules(TenantBlindStores.NumberLookupStoreContract.class, "S25", "S26", "S27", "S28");
    }

    @Test
    void storeContractCatchesAStoreLookingIdsUpInEveryTenant() {
        assertFailingRules(TenantBlindStores.IdLookupStoreContract.class, "S25");
    }

    @Test
    void storeContractCatchesAStoreReadingHistoriesOfEveryTenant() {
        assertFailingRules(TenantBlindStores.HistoryStoreContract.class, "S25");
    }

    @Test
    void storeContractCatchesAStoreCountingEveryTenant() {
        assertFailingRules(TenantBlindStores.CountStoreContract.class, "S26", "S27", "S28");
    }

    @Test
    void storeContractCatchesAStoreCountingEveryTenantPerDimension() {
        assertFailingRules(TenantBlindStores.CountByStoreContract.class, "S26", "S28");
    }

    @Test
    void storeContractCatchesAStoreSummarisingResolutionTimesOfEveryTenant() {
        assertFailingRules(TenantBlindStores.ResolutionByStoreContract.class, "S26", "S28");
    }

    @Test
    void storeContractCatchesAStoreCountingEveryTenantPerDay() {
        assertFailingRules(TenantBlindStores.PerDayStoreContract.class, "S26", "S28");
    }

    @Test
    void storeContractCatchesAStoreMatchingANumberAsTextOutsideTheTenant() {
        assertFailingRules(TenantBlindStores.NumberTextStoreContract.class, "S26", "S28");
    }

    @Test
    void storeContractCatchesAStoreKeepingNumbersUniqueAcrossTenants() {
        assertFailingRules(TenantBlindStores.GlobalNumberStoreContract.class, "S25", "S26", "S27", "S28");
    }

    @Test
    void storeContractCatchesAStoreDeletingANumberInEveryTenant() {
        assertFailingRules(TenantBlindStores.DeleteByNumberStoreContract.class, "S27");
    }

    @Test
    void storeContractCatchesAStoreIgnoringThePublicSide() {
        assertFailingRules(BrokenImplementations.PublicSideIgnoringStoreContract.class, "S29", "S31");
    }

    @Test
    void storeContractCatchesAStoreForgettingCustomersAndSingleTicketsInItsScopes() {
        assertFailingRules(BrokenImplementations.CustomerScopeForgettingStoreContract.class, "S29", "S31");
    }

    @Test
    void storeContractCatchesGuestPassesLookedUpInEveryTenant() {
        assertFailingRules(BrokenImplementations.TenantBlindGuestPassesContract.class, "G05");
    }

    @Test
    void storeContractCatchesGuestPassesKeptOutsideTheUnitOfWork() {
        assertFailingRules(BrokenImplementations.OutsideTheUnitGuestPassesContract.class, "G07");
    }

    @Test
    void policyContractCatchesAPolicyWhoseScopeDisagreesWithItsDecisions() {
        assertFailingRules(BrokenPolicies.DisagreeingContract.class, "P01", "P04");
    }

    @Test
    void policyContractCatchesAStoreForgettingCustomersAndSingleTicketsInThePolicysScopes() {
        assertFailingRules(BrokenImplementations.CustomerScopeForgettingPolicyContract.class, "P04");
    }

    @Test
    void policyContractCatchesAPolicyLettingCustomersViewEveryTicket() {
        assertFailingRules(BrokenPolicies.PortalLeakingContract.class, "P03");
    }

    @Test
    void policyContractCatchesAPolicyAnsweringNull() {
        assertFailingRules(BrokenPolicies.UnfinishedContract.class, "P02");
    }

    @Test
    void sequenceContractCatchesASequenceRepeatingANumber() {
        assertFailingRules(BrokenImplementations.RepeatingSequenceContract.class, "N02", "N03", "N04", "N05", "N06",
                "N07", "N08", "N09");
    }

    @Test
    void sequenceContractCatchesASequenceSharingOneCounterBetweenTenants() {
        assertFailingRules(BrokenImplementations.SharedCounterSequenceContract.class, "N07", "N09");
    }

    @Test
    void transactionContractCatchesTransactionsThatUndoNothing() {
        assertFailingRules(BrokenImplementations.NoRollbackContract.class, "T01", "T02", "T03", "T04", "T05");
    }

    private static void assertFailingRules(Class<?> contract, String... expected) {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(contract)).execute().testEvents();
        Set<String> ran = new TreeSet<>();
        Set<String> failing = new TreeSet<>();
        for (Event event : tests.finished().list()) {
            String rule = ruleOf(event.getTestDescriptor().getDisplayName());
            ran.add(rule);
            TestExecutionResult result = event.getPayload(TestExecutionResult.class).orElseThrow();
            if (result.getStatus() != TestExecutionResult.Status.SUCCESSFUL) {
                failing.add(rule);
            }
        }
        // The store contract checks the guest pass rules too.
        Set<String> kinds = TicketStoreContract.class.isAssignableFrom(contract) ? Set.of("store", "guestPass")
                : Set.of(ContractRule.valueOf(expected[0]).contract());
        assertEquals(Arrays.stream(ContractRule.values()).filter(r -> kinds.contains(r.contract()))
                .map(ContractRule::id).collect(Collectors.toCollection(TreeSet::new)), ran, "every rule ran");
        assertEquals(new TreeSet<>(Set.of(expected)), failing, contract.getSimpleName() + " failing rules");
    }

    private static String ruleOf(String testName) {
        return testName.split("_")[1];
    }
}
