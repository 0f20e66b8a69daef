package dev.portico.catalog;

import dev.portico.platform.PorticoConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A demo catalog: three subscription products (one with identification-method variants, as in a trust-service shop)
 * and a one-time product, prices for DE, FR, IT (EUR) and PL (PLN), VAT rates, and the GOLD tier for the demo
 * reseller. Loaded once, only when {@code portico.demo-data.enabled} is true.
 */
@ApplicationScoped
public class CatalogDemoData {

    public static final UUID REMOTE_SIGNATURE = UUID.fromString("d0000000-0000-4000-a000-000000000001");
    public static final UUID RESELLO = UUID.fromString("c0000000-0000-4000-a000-000000000003");

    @Inject
    EntityManager em;

    @Inject
    PorticoConfig config;

    @Inject
    Clock clock;

    void onStart(@Observes @Priority(1200) StartupEvent event) {
        if (config.demoData().enabled()) {
            load();
        }
    }

    /** Loads the demo catalog unless it is there already (needs the account demo data for the reseller tier). */
    @Transactional
    public void load() {
        if (em.find(Product.class, REMOTE_SIGNATURE) != null) {
            return;
        }
        Instant now = clock.instant();
        product(REMOTE_SIGNATURE, "REMOTE-SIGNATURE", ProductType.SUBSCRIPTION, 12, 1, 10, now,
                Map.of("en", "Remote signature", "de", "Fernsignatur", "fr", "Signature à distance",
                        "it", "Firma remota", "pl", "Podpis zdalny"),
                Map.of("en", "A qualified electronic signature you use from any device, for one person, for a year.",
                        "de", "Eine qualifizierte elektronische Signatur für eine Person, ein Jahr lang, auf jedem Gerät.",
                        "fr", "Une signature électronique qualifiée pour une personne, pendant un an, sur tout appareil.",
                        "it", "Una firma elettronica qualificata per una persona, per un anno, da qualsiasi dispositivo.",
                        "pl", "Kwalifikowany podpis elektroniczny dla jednej osoby na rok, na dowolnym urządzeniu."),
                List.of(variant("SPID", Map.of("en", "Identification with SPID", "de", "Identifizierung mit SPID",
                                "fr", "Identification avec SPID", "it", "Riconoscimento con SPID", "pl", "Identyfikacja przez SPID"),
                                4900, 21900),
                        variant("VIDEO", Map.of("en", "Video identification", "de", "Video-Identifizierung",
                                "fr", "Identification par vidéo", "it", "Riconoscimento via webcam", "pl", "Identyfikacja wideo"),
                                5900, 25900),
                        variant("IN-PERSON", Map.of("en", "Identification in person", "de", "Persönliche Identifizierung",
                                "fr", "Identification en personne", "it", "Riconoscimento de visu", "pl", "Identyfikacja osobista"),
                                3900, 17900)));
        product(UUID.fromString("d0000000-0000-4000-a000-000000000002"), "PROFIS-ENGINEERING", ProductType.SUBSCRIPTION,
                12, 5, 20, now,
                Map.of("en", "PROFIS Engineering Suite, 5 users", "de", "PROFIS Engineering Suite, 5 Nutzer",
                        "fr", "PROFIS Engineering Suite, 5 utilisateurs", "it", "PROFIS Engineering Suite, 5 utenti",
                        "pl", "PROFIS Engineering Suite, 5 użytkowników"),
                Map.of("en", "Design anchors and installations; five named users for one year.",
                        "de", "Dübel und Installationen bemessen; fünf benannte Nutzer für ein Jahr.",
                        "fr", "Dimensionner chevilles et installations ; cinq utilisateurs nommés pour un an.",
                        "it", "Progettare ancoraggi e installazioni; cinque utenti nominativi per un anno.",
                        "pl", "Projektowanie zakotwień i instalacji; pięciu imiennych użytkowników na rok."),
                List.of(variant("STANDARD", Map.of("en", "Standard", "de", "Standard", "fr", "Standard", "it", "Standard",
                        "pl", "Standard"), 12900, 55900)));
        product(UUID.fromString("d0000000-0000-4000-a000-000000000003"), "ON-TRACK", ProductType.SUBSCRIPTION, 12, 10, 30,
                now,
                Map.of("en", "ON!Track Asset Management, 10 users", "de", "ON!Track Asset Management, 10 Nutzer",
                        "fr", "ON!Track Asset Management, 10 utilisateurs", "it", "ON!Track Asset Management, 10 utenti",
                        "pl", "ON!Track Asset Management, 10 użytkowników"),
                Map.of("en", "Know where every tool is; ten named users for one year.",
                        "de", "Wissen, wo jedes Werkzeug ist; zehn benannte Nutzer für ein Jahr.",
                        "fr", "Savoir où est chaque outil ; dix utilisateurs nommés pour un an.",
                        "it", "Sapere dov'è ogni attrezzo; dieci utenti nominativi per un anno.",
                        "pl", "Wiedz, gdzie jest każde narzędzie; dziesięciu imiennych użytkowników na rok."),
                List.of(variant("STANDARD", Map.of("en", "Standard", "de", "Standard", "fr", "Standard", "it", "Standard",
                        "pl", "Standard"), 4900, 20900)));
        product(UUID.fromString("d0000000-0000-4000-a000-000000000004"), "ANCHOR-LIBRARY", ProductType.ONE_TIME, null, 1,
                40, now,
                Map.of("en", "Anchor design library (perpetual)", "de", "Dübel-Bibliothek (unbefristet)",
                        "fr", "Bibliothèque de chevilles (perpétuelle)", "it", "Libreria ancoraggi (perpetua)",
                        "pl", "Biblioteka zakotwień (bezterminowa)"),
                Map.of("en", "A one-time license with a key; no renewal.",
                        "de", "Eine einmalige Lizenz mit Schlüssel; keine Verlängerung.",
                        "fr", "Une licence unique avec une clé ; sans renouvellement.",
                        "it", "Una licenza una tantum con chiave; nessun rinnovo.",
                        "pl", "Jednorazowa licencja z kluczem; bez odnawiania."),
                List.of(variant("STANDARD", Map.of("en", "Standard", "de", "Standard", "fr", "Standard", "it", "Standard",
                        "pl", "Standard"), 19900, 84900)));
        for (var rate : Map.of("DE", 1900, "FR", 2000, "IT", 2200, "PL", 2300).entrySet()) {
            if (em.find(TaxRate.class, rate.getKey()) != null) {
                continue;
            }
            TaxRate tax = new TaxRate();
            tax.country = rate.getKey();
            tax.rateBp = rate.getValue();
            tax.updatedAt = now;
            em.persist(tax);
        }
        discount("GOLD", null, 2000);
        discount("GOLD", REMOTE_SIGNATURE, 3000);
        discount("SILVER", null, 1000);
        if (em.find(ResellerAccount.class, RESELLO) != null) {
            return;
        }
        ResellerAccount resello = new ResellerAccount();
        resello.companyId = RESELLO;
        resello.tier = "GOLD";
        resello.updatedAt = now;
        em.persist(resello);
    }

    private record DemoVariant(String code, Map<String, String> names, long euro, long zloty) {
    }

    private static DemoVariant variant(String code, Map<String, String> names, long euro, long zloty) {
        return new DemoVariant(code, names, euro, zloty);
    }

    private void product(UUID id, String code, ProductType type, Integer term, int licenses, int sort, Instant now,
            Map<String, String> names, Map<String, String> descriptions, List<DemoVariant> variants) {
        Product p = new Product();
        p.id = id;
        p.code = code;
        p.type = type;
        p.names = names;
        p.descriptions = descriptions;
        p.termMonths = term;
        p.defaultLicenseQuantity = licenses;
        p.autoRenew = type == ProductType.SUBSCRIPTION;
        p.active = true;
        p.sortOrder = sort;
        p.createdAt = now;
        p.updatedAt = now;
        em.persist(p);
        int order = 0;
        for (DemoVariant d : variants) {
            ProductVariant v = new ProductVariant();
            v.id = UUID.nameUUIDFromBytes((code + "/" + d.code()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            v.productId = id;
            v.code = d.code();
            v.names = d.names();
            v.active = true;
            v.sortOrder = order++;
            em.persist(v);
            for (String country : List.of("DE", "FR", "IT")) {
                price(v.id, country, "EUR", d.euro());
            }
            price(v.id, "PL", "PLN", d.zloty());
        }
    }

    private void price(UUID variant, String country, String currency, long amount) {
        VariantPrice price = new VariantPrice();
        price.variantId = variant;
        price.country = country;
        price.currency = currency;
        price.amountMinor = amount;
        em.persist(price);
    }

    private void discount(String tier, UUID product, int bp) {
        var query = em.createQuery("from ResellerDiscount where tier = :tier and "
                + (product == null ? "productId is null" : "productId = :product"), ResellerDiscount.class)
                .setParameter("tier", tier);
        if (product != null) {
            query.setParameter("product", product);
        }
        boolean exists = !query.getResultList().isEmpty();
        if (exists) {
            return;
        }
        ResellerDiscount d = new ResellerDiscount();
        d.id = UUID.randomUUID();
        d.tier = tier;
        d.productId = product;
        d.percentBp = bp;
        em.persist(d);
    }
}
