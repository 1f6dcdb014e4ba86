package io.gongkai.disclosure.web;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A link the public pages render: an absolute http(s) URL with a host, or a path of this site ({@code /xxgk/...}).
 * A protocol-relative {@code //evil.example/x} (or {@code /\evil.example}, which browsers read the same way), a
 * {@code javascript:} or {@code data:} URL, or a relative path would send a reader elsewhere or run script.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SafeUrl.Check.class)
public @interface SafeUrl {

    String message() default "must be an http(s) URL or a path of this site starting with a single /";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<SafeUrl, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || LinkRule.safe(value);
        }
    }
}
