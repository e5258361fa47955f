package io.fazhi.core.identity;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How an endpoint checks the caller's place, in words: which place is held against the caller's
 * (with platform's {@code PlaceAccess}) and where, or why there is none (public reference data, a
 * page that only relays the API's own answer). Every resource method of every service, the
 * gateway and the console declares one; {@code io.fazhi.local.ArchitectureRules} fails on one that
 * does not, so a new endpoint cannot forget the question.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PlaceCheck {

    /** The step, e.g. "the report's place, or a candidate township of an unlocated one (ReportReader.visible)". */
    String value();
}
