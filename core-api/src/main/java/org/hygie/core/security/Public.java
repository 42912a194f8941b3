package org.hygie.core.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST method that needs no authentication (login, health). Every other method needs a
 * valid bearer token, and a method with neither {@code @Public}, {@code @PermitAll} nor
 * {@code @RolesAllowed} is refused to everyone: secure by default.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Public {
}
