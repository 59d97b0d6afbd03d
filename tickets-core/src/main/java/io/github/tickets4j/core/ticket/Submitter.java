package io.github.tickets4j.core.ticket;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/**
 * Contact details of whoever submitted a ticket that is not linked to a customer yet (seed 001).
 *
 * @param name the submitter's name, up to 200 characters; never null, may be empty
 * @param email the submitter's e-mail address; never null, may be empty
 * @param company the company the submitter named, up to 200 characters; never null, may be empty
 */
public record Submitter(
        Optional<@Size(max = 200) @Pattern(regexp = Texts.SINGLE_LINE, message = Texts.SINGLE_LINE_MESSAGE) String> name,
        Optional<@Email @Size(max = 320) String> email,
        Optional<@Size(max = 200) @Pattern(regexp = Texts.SINGLE_LINE, message = Texts.SINGLE_LINE_MESSAGE) String> company) {

    /**
     * Strips blanks; null or blank parts become empty.
     *
     * @param name the submitter's name, up to 200 characters; never null, may be empty
     * @param email the submitter's e-mail address; never null, may be empty
     * @param company the company the submitter named, up to 200 characters; never null, may be empty
     */
    public Submitter {
        name = Texts.optional(name);
        email = Texts.optional(email);
        company = Texts.optional(company);
    }

    /**
     * Creates submitter details from plain text.
     *
     * @param name the name, may be null
     * @param email the e-mail address, may be null
     * @param company the company, may be null
     * @return the details, never null
     */
    public static Submitter of(String name, String email, String company) {
        return new Submitter(Optional.ofNullable(name), Optional.ofNullable(email), Optional.ofNullable(company));
    }
}
