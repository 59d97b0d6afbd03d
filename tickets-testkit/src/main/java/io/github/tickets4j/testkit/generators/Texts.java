package io.github.tickets4j.testkit.generators;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Text arbitraries shared by the generators. */
final class Texts {
    private Texts() {
    }

    /** Single-line text of 1 to {@code max} characters that survives stripping. */
    static Arbitrary<String> line(int max) {
        return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', 'Ä', 'é', '-', '.', '#')
                .ofMinLength(1).ofMaxLength(max).filter(s -> !s.isBlank()).map(String::strip);
    }

    /** A valid tag. */
    static Arbitrary<String> tag() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(12);
    }

    /** Text holding a control character that no single-line or multi-line field accepts. */
    static Arbitrary<String> withBell() {
        return line(30).map(s -> s + "\u0007");
    }
}
