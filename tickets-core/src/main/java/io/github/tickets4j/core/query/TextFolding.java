package io.github.tickets4j.core.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * How free text is compared ignoring case, the same way in every store: {@link #fold(String)} is applied to the
 * needle and to the title and description, and a ticket matches when a folded text contains the folded needle.
 * A database store must not rely on its database's {@code lower()} or collation (they disagree with each other and
 * with Java on İ, final sigma and ß); it stores the folded text computed with this function and compares it with
 * {@code LIKE} on the folded needle.
 *
 * <p>The rule, step by step:
 * <ol>
 * <li>Unicode NFKC normalisation: composed and decomposed forms and compatibility characters (ligatures such as
 * {@code ﬁ}, full-width letters) become one form;</li>
 * <li>{@code toUpperCase(Locale.ROOT)}, then {@code toLowerCase(Locale.ROOT)}, and both once more: full case
 * mapping in both directions, so {@code ß} becomes {@code ss} and matches {@code SS} and {@code ss}. The second
 * round is for {@code ẞ} (capital sharp s), which is its own upper case and lower-cases to {@code ß}; it changes
 * nothing else;</li>
 * <li>final sigma {@code ς} (U+03C2) becomes {@code σ} (U+03C3), so {@code ΟΔΟΣ}, {@code οδος} and {@code Οδος}
 * fold alike;</li>
 * <li>every combining dot above (U+0307) left standing alone is dropped: lower-casing {@code İ} gives {@code i}
 * followed by it, so {@code İzmir} folds to {@code izmir}. A dot that the first step composed into a letter
 * ({@code ż}, {@code ė}) is part of that letter and stays;</li>
 * <li>NFKC again, so that dropping a mark never leaves text in a form the first step would have changed:
 * {@code fold(fold(s))} equals {@code fold(s)}.</li>
 * </ol>
 * Only case is folded: accents and other marks stay ({@code Οδός} does not match {@code οδος}, {@code é} does not
 * match {@code e}). Locale-independent: Turkish and Lithuanian case rules are not applied, so the dotless
 * {@code ı} upper-cases to {@code I} and folds to {@code i}, as {@code I} and {@code İ} do. Case mapping follows
 * the Unicode version of the Java runtime; a store that keeps folded text recomputes it after a Java upgrade
 * changed that version.
 */
public final class TextFolding {
    private static final char FINAL_SIGMA = '\u03c2';
    private static final char SIGMA = '\u03c3';
    private static final char COMBINING_DOT_ABOVE = '\u0307';

    private TextFolding() {
    }

    /**
     * Folds text for case-insensitive comparison, by the rule of this class.
     *
     * @param text the text, never null
     * @return the folded text, never null; may be longer or shorter than {@code text}
     * @throws NullPointerException if {@code text} is null
     */
    public static String fold(String text) {
        Objects.requireNonNull(text, "text");
        String cased = upperThenLower(upperThenLower(Normalizer.normalize(text, Normalizer.Form.NFKC)));
        StringBuilder folded = new StringBuilder(cased.length());
        for (int i = 0; i < cased.length(); i++) {
            char ch = cased.charAt(i);
            if (ch == FINAL_SIGMA) {
                folded.append(SIGMA);
            } else if (ch != COMBINING_DOT_ABOVE) {
                folded.append(ch);
            }
        }
        return Normalizer.normalize(folded, Normalizer.Form.NFKC);
    }

    private static String upperThenLower(String text) {
        return text.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    /**
     * Tells whether a text contains a needle, both folded by {@link #fold(String)}.
     *
     * @param text the text searched, never null
     * @param needle what to find, never null
     * @return true when the folded text contains the folded needle
     * @throws NullPointerException if an argument is null
     */
    public static boolean contains(String text, String needle) {
        return fold(text).contains(fold(needle));
    }
}
