package dev.portico.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scope an integration needs to call this endpoint (people are governed by their roles and memberships, not by
 * scopes). {@link ScopeCheck} enforces it; the contract lists it as the operation's OAuth requirement.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresScope {

    IntegrationScope value();
}
