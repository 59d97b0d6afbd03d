package io.github.tickets4j.core.ticket;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The rule for the free-text reasons and notes commands carry: at most 2,000 characters, line breaks and tabs
 * allowed, other control characters not. Each broken part is reported as its own violation.
 */
@Documented
@Size(max = 2000)
@Pattern(regexp = Texts.MULTI_LINE, message = Texts.MULTI_LINE_MESSAGE)
@Constraint(validatedBy = {})
@Target({ElementType.TYPE_USE, ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface Reason {
    /** @return the message of the composed rule (unused: the parts report themselves) */
    String message() default "must be a valid reason";

    /** @return the validation groups */
    Class<?>[] groups() default {};

    /** @return the payload */
    Class<? extends Payload>[] payload() default {};
}
