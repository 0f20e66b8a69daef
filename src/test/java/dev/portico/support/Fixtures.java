package dev.portico.support;

import dev.portico.platform.security.MembershipRole;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;

/**
 * Builds the companies and people a test needs, straight in the database, each with fresh ids so that
 * tests never see each other's data.
 */
@ApplicationScoped
public class Fixtures {

    @Inject
    EntityManager em;

    /** A person: their user row exists as if they had signed in once. */
    public record Person(UUID id, String email, String token) {
    }

    /** A company with an admin and a member. */
    public record Tenant(UUID companyId, String name, Person admin, Person member) {
    }

    @Transactional
    public Person person(String prefix, String... roles) {
        UUID id = UUID.randomUUID();
        String email = prefix + "-" + id.toString().substring(0, 8) + "@example.com";
        em.createNativeQuery("""
                        insert into app_user (id, subject, email, email_verified, first_name, last_name, locale, created_at, updated_at)
                        values (:id, :id, :email, true, 'Test', :last, 'en', now(), now())
                        """)
                .setParameter("id", id)
                .setParameter("email", email)
                .setParameter("last", email.substring(0, email.indexOf('@')))
                .executeUpdate();
        return new Person(id, email, Tokens.token(id.toString(), email, true, roles.length == 0 ? new String[] {"customer"} : roles));
    }

    @Transactional
    public UUID company(String name, String locale) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into company (id, name, country, tax_id, locale, time_zone, kind, version, created_at, updated_at)
                        values (:id, :name, 'DE', 'DE999999995', :locale, 'Europe/Berlin', 'CUSTOMER', 0, now(), now())
                        """)
                .setParameter("id", id)
                .setParameter("name", name + " " + id.toString().substring(0, 8))
                .setParameter("locale", locale)
                .executeUpdate();
        return id;
    }

    @Transactional
    public void join(UUID companyId, Person person, MembershipRole role) {
        em.createNativeQuery("""
                        insert into membership (id, company_id, user_id, role, joined_at, version)
                        values (:id, :company, :user, :role, clock_timestamp(), 0)
                        """)
                .setParameter("id", UUID.randomUUID())
                .setParameter("company", companyId)
                .setParameter("user", person.id())
                .setParameter("role", role.name())
                .executeUpdate();
    }

    /** A company with one admin and one member, in the given mail language. */
    public Tenant tenant(String name, String locale) {
        UUID companyId = company(name, locale);
        Person admin = person("admin");
        Person member = person("member");
        join(companyId, admin, MembershipRole.ADMIN);
        join(companyId, member, MembershipRole.MEMBER);
        return new Tenant(companyId, name, admin, member);
    }

    public Tenant tenant(String name) {
        return tenant(name, "en");
    }

    @Transactional
    public long count(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Changes rows straight in the database (to build states the API never makes); returns how many. */
    @Transactional
    public int update(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.executeUpdate();
    }

    /** Runs an update with positional parameters (?1, ?2 …); answers the rows changed. */
    @Transactional
    public int execute(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.executeUpdate();
    }

    /** Every row of a query with named parameters, ordered by its first column, as one text (for before/after checks). */
    @Transactional
    public String rows(String sql, java.util.Map<String, Object> params) {
        var query = em.createNativeQuery(sql + " order by 1");
        params.forEach(query::setParameter);
        return ((java.util.List<?>) query.getResultList()).stream()
                .map(row -> row instanceof Object[] columns ? java.util.Arrays.toString(columns) : String.valueOf(row))
                .collect(java.util.stream.Collectors.joining("|"));
    }

    @Transactional
    public Object single(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query.getSingleResult();
    }
}
