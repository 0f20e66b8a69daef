package dev.portico.subscription;

import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CurrentUser;
import dev.portico.platform.security.Locales;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Publishes agreement versions (back office) and finds the current one for a product and language. */
@ApplicationScoped
@Transactional
public class AgreementService {

    @Inject
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Publishes the next version of a product's agreement in one language; earlier versions stay as they are. */
    public Agreement publish(AgreementViews.AgreementPublish request) {
        // Serialise publications of one product and language so that versions never collide.
        em.createNativeQuery("select pg_advisory_xact_lock(hashtext(:key))")
                .setParameter("key", "agreement:" + request.productCode() + ":" + request.language())
                .getSingleResult();
        Integer latest = em.createQuery(
                        "select max(a.version) from Agreement a where a.productCode = :product and a.language = :language",
                        Integer.class)
                .setParameter("product", request.productCode())
                .setParameter("language", request.language())
                .getSingleResult();
        CurrentUser.Actor actor = currentUser.actor();
        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.productCode = request.productCode();
        agreement.language = request.language();
        agreement.version = latest == null ? 1 : latest + 1;
        agreement.title = request.title().strip();
        agreement.body = request.text();
        agreement.sha256 = sha256(request.text());
        agreement.publishedAt = clock.instant();
        agreement.publishedBy = actor.userId();
        em.persist(agreement);
        audit.record(actor.userId(), actor.name(), null, "AGREEMENT", agreement.id, "AGREEMENT_PUBLISHED",
                "Published version " + agreement.version + " of the " + agreement.language + " agreement for "
                        + agreement.productCode);
        return agreement;
    }

    /** The current version in the language, or in English when that language has none. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Agreement> current(String productCode, String language) {
        Optional<Agreement> inLanguage = latest(productCode, Locales.closest(language));
        return inLanguage.isPresent() ? inLanguage : latest(productCode, Locales.DEFAULT);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Agreement currentOrFail(String productCode, String language) {
        return current(productCode, language).orElseThrow(() -> new ProblemException(SubscriptionProblem.NO_AGREEMENT,
                "No agreement is published for " + productCode + " yet, so it cannot be activated. Please contact us."));
    }

    private Optional<Agreement> latest(String productCode, String language) {
        List<Agreement> found = em.createQuery(
                        "from Agreement where productCode = :product and language = :language order by version desc",
                        Agreement.class)
                .setParameter("product", productCode)
                .setParameter("language", language)
                .setMaxResults(1)
                .getResultList();
        return found.stream().findFirst();
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
