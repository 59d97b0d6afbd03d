package io.github.tickets4j.jpa;

import java.util.ArrayList;
import java.util.List;

/**
 * The one statement the adapter writes differently per database: inserting a row unless its key exists, without
 * failing when another transaction inserts the same key at the same moment (on PostgreSQL and MariaDB the later one
 * waits for the earlier to end, then inserts nothing; see {@link #insertIfAbsentWaits()} for H2). A failed insert
 * would not do: PostgreSQL refuses every later statement of the transaction, and a provider marks it rollback-only.
 * Used for rows made on a tenant's first use: its number counter and its status-rollup lock row.
 */
enum SqlDialect {
    /** {@code insert … on conflict do nothing}. */
    POSTGRESQL,
    /**
     * {@code insert … on duplicate key update k = k}: a no-op on a duplicate, where {@code insert ignore} would
     * turn every error into a warning.
     */
    MARIADB,
    /** {@code merge into … using (values …) … when not matched then insert}. */
    H2;

    /**
     * Tells whether {@link #insertIfAbsent} is race-safe inside a longer transaction: PostgreSQL and MariaDB make
     * the second of two transactions inserting the same new key wait for the first and then insert nothing; H2
     * fails the second with a unique key violation, so there a new row is better created in a transaction of its
     * own, which can run again.
     *
     * @return true on PostgreSQL and MariaDB
     */
    boolean insertIfAbsentWaits() {
        return this != H2;
    }

    /**
     * The statement inserting one row unless a row with its key exists, with positional parameters {@code ?1…}
     * for the columns, in order.
     *
     * @param table the table, never null
     * @param columns every column to write, the key's first; never null
     * @param keyColumns how many of the first columns make the key
     * @return the native SQL, never null
     */
    String insertIfAbsent(String table, List<String> columns, int keyColumns) {
        List<String> parameters = new ArrayList<>();
        for (int i = 1; i <= columns.size(); i++) {
            parameters.add("?" + i);
        }
        String names = String.join(", ", columns);
        String values = String.join(", ", parameters);
        return switch (this) {
            case POSTGRESQL -> "insert into " + table + " (" + names + ") values (" + values
                    + ") on conflict do nothing";
            case MARIADB -> "insert into " + table + " (" + names + ") values (" + values + ") on duplicate key update "
                    + columns.get(0) + " = " + columns.get(0);
            case H2 -> {
                List<String> on = new ArrayList<>();
                columns.subList(0, keyColumns).forEach(c -> on.add("x." + c + " = s." + c));
                yield "merge into " + table + " x using (values (" + values + ")) s(" + names + ") on "
                        + String.join(" and ", on) + " when not matched then insert (" + names + ") values ("
                        + String.join(", ", columns.stream().map(c -> "s." + c).toList()) + ")";
            }
        };
    }
}
