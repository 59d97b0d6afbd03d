package io.github.tickets4j.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A JPQL statement put together piece by piece, with every value from outside bound as a named parameter. Only
 * constants of the adapter's own are written into the text: the ranks of sort orders and the zone offsets of day
 * buckets, where a database needs the same expression in SELECT and GROUP BY, and the closed category, which a
 * partial index's condition must match.
 */
final class Jpql {
    private final StringBuilder text = new StringBuilder();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    Jpql(String start) {
        text.append(start);
    }

    /** Appends text. */
    Jpql add(String part) {
        text.append(part);
        return this;
    }

    /** Binds a value and returns its placeholder. */
    String bind(Object value) {
        String name = "p" + parameters.size();
        parameters.put(name, value);
        return ":" + name;
    }

    <T> TypedQuery<T> typed(EntityManager em, Class<T> type) {
        TypedQuery<T> query = em.createQuery(text.toString(), type);
        parameters.forEach(query::setParameter);
        return query;
    }

    Query untyped(EntityManager em) {
        Query query = em.createQuery(text.toString());
        parameters.forEach(query::setParameter);
        return query;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
