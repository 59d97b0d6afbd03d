package io.github.tickets4j.core.ticket;

import java.util.AbstractSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;

/**
 * A ticket's tags: sorted and unmodifiable. A ticket hands its tags to every summary it makes as they are, without
 * a copy, since scans of the in-memory store make a summary of every ticket they list or count.
 */
final class Tags extends AbstractSet<String> {
    private final Set<String> sorted;

    private Tags(Collection<String> values) {
        this.sorted = Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    /** The tags sorted and unmodifiable: these very tags when they are so already, else a copy. */
    static Set<String> of(Collection<String> values) {
        return values instanceof Tags tags ? tags : new Tags(values);
    }

    @Override
    public Iterator<String> iterator() {
        return sorted.iterator();
    }

    @Override
    public int size() {
        return sorted.size();
    }

    @Override
    public boolean contains(Object o) {
        return sorted.contains(o);
    }
}
