package dev.portico.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who in the company that owns what an operation names may call it: any {@code MEMBER}, or only an {@code ADMIN}
 * (of the company, or of the subscription it is about). The services enforce it through {@link CompanyAccess}; this
 * says it in the contract ({@code x-company-role}), where the authorisation matrix test holds the two together.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CompanyRole {

    MembershipRole value();
}
