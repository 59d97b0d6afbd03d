package io.github.tickets4j.testkit;

/**
 * Every rule the contract suites check, each with its id and a one-line statement. A contract's test for a rule
 * is named {@code <contract>_<id>_<behaviour>}, for example {@code store_S07_staleWriteIsRefused}, so a failing
 * test names the rule an adapter broke.
 */
public enum ContractRule {
    /** Store: state and history read back as written. */
    S01("store", "A stored ticket's state reads back by id equal in every field, and its history reads back entry "
            + "by entry, newest first, equal in every field."),
    /** Store: lookup by number. */
    S02("store", "A stored ticket reads back by number; an unknown id or number gives empty, not an exception."),
    /** Store: duplicates refused. */
    S03("store", "Inserting a ticket whose id or number is stored already throws TicketsException and changes "
            + "nothing, history included."),
    /** Store: update. */
    S04("store", "An update replaces the stored state with the change's, one version higher, and appends exactly "
            + "the change's entries to the history."),
    /** Store: delete. */
    S05("store", "A deleted ticket is no longer found by id or number, listed or counted, and its history reads "
            + "empty; other tickets keep theirs."),
    /** Store: writing a missing ticket. */
    S06("store", "Updating or deleting a ticket that is not stored throws TicketNotFoundException and writes "
            + "nothing."),
    /** Store: optimistic concurrency. */
    S07("store", "An update or delete expecting an outdated version throws ConcurrentTicketModificationException "
            + "and changes neither state nor history."),
    /** Store: no lost updates. */
    S08("store", "Parallel read-modify-write cycles that retry on conflict keep every acknowledged follow-up once, "
            + "one history entry per version."),
    /** Store: filters. */
    S09("store", "find and count agree with TicketCriteria.test for every query filter, free text in non-ASCII "
            + "titles and descriptions in any case included."),
    /** Store: sorting. */
    S10("store", "Every sort field, ascending and descending, orders as Aggregates does, ties by number."),
    /** Store: paging. */
    S11("store", "Pages slice the sorted matches with the full total; a page past the end is empty."),
    /** Store: permission scoping. */
    S12("store", "Queries, counts and aggregates include only tickets every view scope of the criteria includes."),
    /** Store: counts per dimension. */
    S13("store", "countBy equals Aggregates.countBy for every dimension."),
    /** Store: resolution statistics. */
    S14("store", "resolution and resolutionBy equal Aggregates for every dimension."),
    /** Store: tickets per day. */
    S15("store", "createdPerDay equals Aggregates in UTC and in zones with whole and half-hour offsets."),
    /** Store: overdue. */
    S16("store", "Overdue follows the criteria's today and now around local midnight in a non-UTC zone; a closed "
            + "ticket is never overdue."),
    /** Store: dashboard and report. */
    S17("store", "Every actor's dashboard and report over the store equal those over the in-memory calculation "
            + "on the same tickets."),
    /** Store: the history log is append-only. */
    S18("store", "Each change's entries are appended with sequence equal to the version it produced; entries "
            + "already stored are never rewritten."),
    /** Store: history paging. */
    S19("store", "A history read returns, newest first, at most limit entries: exactly those HistoryQuery.test "
            + "accepts, for every action and audience filter and before cursor; pages chained by before cover "
            + "the history once."),
    /** Store: history per ticket. */
    S20("store", "A ticket's history holds only its own entries, however the tickets' changes interleave; an "
            + "unknown ticket's history is empty."),
    /** Store: workflow recorded. */
    S21("store", "Every ticket reads back with the workflow name and version it was created under, and a desk "
            + "with several workflows over the store decides each ticket with its own."),
    /** Store: visibility carried. */
    S22("store", "Entries read back with the audience they were written with; publicOnly returns every public "
            + "entry and no internal one."),
    /** Store: refusals over the store. */
    S23("store", "Over the store, a command, delete or history read on a ticket the actor may not view throws "
            + "TicketNotFoundException worded as for a missing number; Sales cannot link a ticket into a project "
            + "not assigned to them; a refusal changes no state or history and publishes nothing."),
    /** Store: a number's identity is its prefix and sequence. */
    S24("store", "A ticket is found by its number's prefix and sequence whatever width the number is typed in "
            + "(RE01, RE0001, RE00000001), by number and in free text, and keeps the number it was stored with; a "
            + "second ticket with the same prefix and sequence in another width is refused."),
    /** Store: tenant lookups. */
    S25("store", "Where two tenants hold tickets with the same numbers, each tenant's number finds its own ticket; "
            + "another tenant's id finds nothing and its ticket's history reads empty, as does a number only another "
            + "tenant has."),
    /** Store: tenant queries and aggregates. */
    S26("store", "find (free text and a number as text included), count, countBy and resolutionBy for every "
            + "dimension, resolution and createdPerDay over one tenant's criteria equal Aggregates over that "
            + "tenant's tickets alone; a tenant without tickets gets nothing."),
    /** Store: tenant writes. */
    S27("store", "A number taken in one tenant inserts in another and is refused a second time in the same one; an "
            + "update or delete of one tenant's ticket leaves the other tenant's ticket of that number and its "
            + "history as they were."),
    /** Store: tenants over the store. */
    S28("store", "Over the store, a command, delete or history read on a number only another tenant has throws "
            + "TicketNotFoundException worded as for a missing number, a number both have reaches the actor's own "
            + "tenant's ticket, and each tenant's counts, searches, dashboards and reports equal those of the "
            + "in-memory calculation."),
    /** Store: the portal's scopes. */
    S29("store", "find, count and every aggregate (countBy for every dimension, resolution, ratings, tickets per day) "
            + "agree with TicketCriteria.test for scopes of customers, contact persons, single tickets and the public "
            + "side, and for random lists of scopes, all of which must include a ticket."),
    /** Store: ratings read back and filter. */
    S30("store", "A ticket's rating reads back equal, comment included, and a reopening's cleared rating reads back "
            + "empty; ratedBetween keeps the tickets rated from its first instant (inclusive) to its second "
            + "(exclusive)."),
    /** Store: rating statistics. */
    S31("store", "ratings and ratingsBy for every dimension equal Aggregates, with and without scopes and filters."),

    /** Guest passes: read back. */
    G01("guestPass", "A stored pass reads back equal by its token hash and by id, with and without expiry and "
            + "revocation; an unknown hash or id gives empty."),
    /** Guest passes: a ticket's passes. */
    G02("guestPass", "A ticket's passes are listed oldest first, revoked and expired ones included, and no other "
            + "ticket's."),
    /** Guest passes: revocation. */
    G03("guestPass", "An update stores the revoked pass; an update of a pass never stored throws TicketsException "
            + "and stores nothing."),
    /** Guest passes: deletion with the ticket. */
    G04("guestPass", "Deleting a ticket's passes removes exactly those; every other ticket's stay."),
    /** Guest passes: tenants. */
    G05("guestPass", "Two tenants may hold the same token hash; lookups, lists, updates and deletions of one tenant "
            + "never reach another tenant's passes."),
    /** Guest passes: duplicates. */
    G06("guestPass", "Inserting a pass whose id or token hash the tenant holds already throws TicketsException and "
            + "changes nothing."),
    /** Guest passes: rollback. */
    G07("guestPass", "Passes inserted, revoked or deleted in a unit of work that then fails are as they were "
            + "before it."),

    /** Access policy: one answer. */
    P01("policy", "For every actor (staff of every role, customers' users with and without contact person, guests) "
            + "and every target, decide(VIEW) allows exactly what viewableTickets includes."),
    /** Access policy: total. */
    P02("policy", "decide for every permission and viewableTickets answer every valid question without throwing "
            + "and never null, the same when asked again; a refusal says why."),
    /** Access policy: the portal's reach. */
    P03("policy", "A customer's user holding only portal roles views only tickets of their customer, of their "
            + "contact person or that they created or hold; a guest views only their pass's ticket."),
    /** Access policy: the scope run by a store. */
    P04("policy", "For every actor, the viewableTickets scope run as a query by the storage finds and counts exactly "
            + "the stored tickets decide(VIEW) allows, for tickets of every project, team, customer, contact person, "
            + "creator and assignee, hidden or not."),

    /** Number sequence: start. */
    N01("sequence", "A sequence continuing after n issues values above n and never above the maximum."),
    /** Number sequence: order. */
    N02("sequence", "Every value is greater than every value issued before it."),
    /** Number sequence: parallel uniqueness. */
    N03("sequence", "Values issued to parallel callers are all different, and increase for each caller."),
    /** Number sequence: exhaustion. */
    N04("sequence", "When the next value would exceed the maximum, next throws NumbersExhaustedException."),
    /** Number sequence: exhaustion leaves it unchanged. */
    N05("sequence", "After exhaustion the sequence issues, under a larger maximum, only values never issued."),
    /** Number sequence: never reissued. */
    N06("sequence", "A desk drawing from the sequence never gives a new ticket the number of a deleted one."),
    /** Number sequence: one series per tenant. */
    N07("sequence", "Where no number was issued, each tenant's series runs 1, 2, 3, … whatever other tenants draw "
            + "in between."),
    /** Number sequence: parallel callers in several tenants. */
    N08("sequence", "Values issued to parallel callers drawing in two tenants are all different within each tenant, "
            + "and increase for each caller in each tenant."),
    /** Number sequence: exhaustion per tenant. */
    N09("sequence", "A tenant whose series reached the maximum leaves every other tenant's series usable up to it."),

    /** Transactions: failed creation. */
    T01("transaction", "A creation failing after the store wrote the ticket leaves no ticket and no history, and "
            + "publishes no event."),
    /** Transactions: failed command. */
    T02("transaction", "A command failing after the store wrote it leaves the ticket as it was: same state and "
            + "version, no history entry, no event."),
    /** Transactions: failed publishing. */
    T03("transaction", "When publishing the event fails, the change written in the same use case is undone."),
    /** Transactions: host transaction. */
    T04("transaction", "Several desk calls in one host transaction that then fails leave nothing behind."),
    /** Transactions: failed delete. */
    T05("transaction", "A deletion failing after the store removed the ticket leaves the ticket stored with its "
            + "history."),
    /** Transactions: success and the failure itself. */
    T06("transaction", "A use case that succeeds keeps its writes; a failed one's exception reaches the caller "
            + "unchanged.");

    private final String contract;
    private final String statement;

    ContractRule(String contract, String statement) {
        this.contract = contract;
        this.statement = statement;
    }

    /** @return the rule's id, such as {@code S07}; never null */
    public String id() {
        return name();
    }

    /**
     * @return the contract the rule belongs to: {@code store}, {@code guestPass} (checked by the store contract),
     *     {@code policy}, {@code sequence} or {@code transaction}
     */
    public String contract() {
        return contract;
    }

    /** @return what the rule demands, in one line; never null */
    public String statement() {
        return statement;
    }

    /** @return the prefix of the test proving this rule, such as {@code store_S07_}; never null */
    public String testPrefix() {
        return contract + "_" + id() + "_";
    }
}
