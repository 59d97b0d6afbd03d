package io.github.tickets4j.jpa;

import java.util.List;
import java.util.Locale;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Records the SQL Hibernate sends, lower case, for tests that prove which statements a use case runs. */
final class RecordingInspector implements StatementInspector {
    private static final long serialVersionUID = 1L;
    private final transient List<String> statements;

    RecordingInspector(List<String> statements) {
        this.statements = statements;
    }

    @Override
    public String inspect(String sql) {
        synchronized (statements) {
            statements.add(sql.strip().toLowerCase(Locale.ROOT));
        }
        return sql;
    }
}
