package io.github.tickets4j.core.memory;

import io.github.tickets4j.core.query.HistoryQuery;
import io.github.tickets4j.core.ticket.TimelineEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * One node of a ticket's history in memory: an entry, the node before it (null for the first) and a jump to an
 * older node (itself for the first). The list is linked from the newest entry back, so appending is one new node
 * whatever the history's length and a reader walking it never sees it change; the jumps (skew-binary jump pointers)
 * find the start of a page {@code before} a sequence in a number of steps logarithmic in the history's length. Not a
 * record, whose equals, hashCode and toString would recurse through the whole history.
 */
final class HistoryNode {
    private final TimelineEntry entry;
    private final HistoryNode previous;
    private final HistoryNode jump;
    private final long depth;

    private HistoryNode(TimelineEntry entry, HistoryNode previous) {
        this.entry = entry;
        this.previous = previous;
        if (previous == null) {
            this.depth = 0;
            this.jump = this;
        } else {
            this.depth = previous.depth + 1;
            HistoryNode j = previous.jump;
            // Two jumps of equal length merge into one twice as long: any node is reached in O(log n) steps.
            this.jump = previous.depth - j.depth == j.depth - j.jump.depth ? j.jump : previous;
        }
    }

    /**
     * Appends entries, oldest first, to a history.
     *
     * @param newest the newest node so far, null for an empty history
     * @param entries the entries to append, never null
     * @return the new newest node
     */
    static HistoryNode append(HistoryNode newest, List<TimelineEntry> entries) {
        HistoryNode head = newest;
        for (TimelineEntry e : entries) {
            head = new HistoryNode(e, head);
        }
        return head;
    }

    /**
     * Reads a page of a history, newest first.
     *
     * @param newest the newest node, null for an empty history
     * @param query which entries, never null
     * @return at most {@code query.limit()} matching entries, never null
     */
    static List<TimelineEntry> page(HistoryNode newest, HistoryQuery query) {
        List<TimelineEntry> page = new ArrayList<>();
        for (HistoryNode n = seek(newest, query); n != null && page.size() < query.limit(); n = n.previous) {
            if (query.test(n.entry)) {
                page.add(n.entry);
            }
        }
        return page;
    }

    /** The newest node older than the query's cursor, reached by jumps: sequences only grow towards the head. */
    private static HistoryNode seek(HistoryNode newest, HistoryQuery query) {
        if (query.before().isEmpty()) {
            return newest;
        }
        long before = query.before().get();
        HistoryNode n = newest;
        while (n != null && n.entry.sequence() >= before) {
            n = n.jump != n && n.jump.entry.sequence() >= before ? n.jump : n.previous;
        }
        return n;
    }
}
