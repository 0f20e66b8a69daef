package dev.portico.catalog;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyKind;
import dev.portico.platform.audit.AuditTrail;
import dev.portico.platform.http.EntityTags;
import dev.portico.platform.money.Money;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Back office's catalog management: products with variants and prices, VAT rates, reseller tiers and discounts. */
@ApplicationScoped
@Transactional
public class CatalogAdminService {

    static final Set<String> LANGUAGES = Set.of("en", "de", "fr", "it", "pl");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    @Inject
    EntityManager em;

    @Inject
    CompanyDirectory companies;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A product as back office sees it, with its version for the ETag. */
    public record Versioned(CatalogAdmin.ProductAdminView product, long version) {
    }

    /** Every product, offered or not, in catalog order (a catalog is small: no paging). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogAdmin.ProductAdminView> list() {
        // a list, not a stream: view() queries the variants while a stream would still hold the result set open
        return em.createQuery("from Product p order by p.sortOrder, p.code", Product.class)
                .getResultList().stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Versioned get(UUID id) {
        Product product = em.find(Product.class, id);
        if (product == null) {
            throw ProblemException.notFound("Product " + id);
        }
        return new Versioned(view(product), product.version);
    }

    public Versioned create(CatalogAdmin.ProductDefinition definition) {
        check(definition, null);
        Instant now = clock.instant();
        Product product = new Product();
        product.id = UUID.randomUUID();
        product.createdAt = now;
        apply(product, definition, now);
        em.persist(product);
        writeVariants(product, definition.variants());
        audit.record(currentUser.actor(), null, "PRODUCT", product.id, "PRODUCT_CREATED",
                "Created the product " + product.code + " with " + definition.variants().size() + " variant(s)");
        em.flush();
        return new Versioned(view(product), product.version);
    }

    /** Replaces a product; variants are matched by code, and a variant left out is withdrawn (orders still name it). */
    public Versioned replace(UUID id, CatalogAdmin.ProductDefinition definition, String ifMatch) {
        Product product = em.find(Product.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (product == null) {
            throw ProblemException.notFound("Product " + id);
        }
        EntityTags.requireMatch(ifMatch, product.version);
        check(definition, product.id);
        apply(product, definition, clock.instant());
        writeVariants(product, definition.variants());
        audit.record(currentUser.actor(), null, "PRODUCT", product.id, "PRODUCT_UPDATED",
                "Updated the product " + product.code + " (" + definition.variants().size() + " variant(s) offered)");
        em.flush();
        return new Versioned(view(product), product.version);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogAdmin.TaxRateView> taxRates() {
        return em.createQuery("from TaxRate order by country", TaxRate.class).getResultStream()
                .map(r -> new CatalogAdmin.TaxRateView(r.country, r.rateBp)).toList();
    }

    public CatalogAdmin.TaxRateView setTaxRate(String country, int rateBp) {
        if (!COUNTRIES.contains(country)) {
            throw ProblemException.badRequest("country", "is not an ISO 3166 country code such as DE");
        }
        TaxRate rate = em.find(TaxRate.class, country, LockModeType.PESSIMISTIC_WRITE);
        boolean created = rate == null;
        if (created) {
            rate = new TaxRate();
            rate.country = country;
        }
        int previous = rate.rateBp;
        rate.rateBp = rateBp;
        rate.updatedAt = clock.instant();
        if (created) {
            em.persist(rate);
        }
        audit.record(currentUser.get(), null, "TAX_RATE", country, "TAX_RATE_SET",
                "Set the VAT rate of " + country + " to " + Money.percent(rateBp) + " (was " + Money.percent(previous) + ")");
        return new CatalogAdmin.TaxRateView(country, rateBp);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CatalogAdmin.Discount> discounts() {
        Map<UUID, String> codes = productCodes();
        return em.createQuery("from ResellerDiscount", ResellerDiscount.class).getResultStream()
                .map(d -> new CatalogAdmin.Discount(d.tier, d.productId == null ? null : codes.get(d.productId), d.percentBp))
                .sorted(Comparator.comparing(CatalogAdmin.Discount::tier)
                        .thenComparing(d -> d.productCode() == null ? "" : d.productCode()))
                .toList();
    }

    /** Replaces the whole discount table. */
    public List<CatalogAdmin.Discount> replaceDiscounts(List<CatalogAdmin.Discount> discounts) {
        Map<String, UUID> ids = productCodes().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < discounts.size(); i++) {
            CatalogAdmin.Discount d = discounts.get(i);
            if (d.productCode() != null && !ids.containsKey(d.productCode())) {
                throw ProblemException.invalid("[" + i + "].productCode", "is not a product in the catalog");
            }
            if (!seen.add(d.tier() + "/" + d.productCode())) {
                throw ProblemException.invalid("[" + i + "]", "repeats the discount of tier " + d.tier()
                        + (d.productCode() == null ? " on every product" : " on " + d.productCode()));
            }
        }
        em.createQuery("delete from ResellerDiscount").executeUpdate();
        for (CatalogAdmin.Discount d : discounts) {
            ResellerDiscount row = new ResellerDiscount();
            row.id = UUID.randomUUID();
            row.tier = d.tier();
            row.productId = d.productCode() == null ? null : ids.get(d.productCode());
            row.percentBp = d.percentBasisPoints();
            em.persist(row);
        }
        audit.record(currentUser.get(), null, "RESELLER_DISCOUNT", null, "RESELLER_DISCOUNTS_REPLACED",
                "Replaced the reseller discounts (" + discounts.size() + " row(s))");
        em.flush();
        return discounts();
    }

    public CatalogAdmin.Tier setTier(UUID companyId, String tier) {
        var company = companies.find(companyId).orElseThrow(() -> ProblemException.notFound("Company " + companyId));
        if (company.kind() != CompanyKind.RESELLER) {
            throw ProblemException.invalid("companyId", company.name() + " is not a reseller; only resellers have a tier");
        }
        ResellerAccount account = em.find(ResellerAccount.class, companyId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null) {
            account = new ResellerAccount();
            account.companyId = companyId;
            account.tier = tier;
            account.updatedAt = clock.instant();
            em.persist(account);
        }
        account.tier = tier;
        account.updatedAt = clock.instant();
        audit.record(currentUser.get(), companyId, "RESELLER", companyId, "RESELLER_TIER_SET",
                "Put " + company.name() + " in the reseller tier " + tier);
        return new CatalogAdmin.Tier(tier);
    }

    private void check(CatalogAdmin.ProductDefinition d, UUID self) {
        texts("names", d.names(), true);
        if (d.descriptions() != null) {
            texts("descriptions", d.descriptions(), false);
        }
        if (d.type() == ProductType.SUBSCRIPTION && d.termMonths() == null) {
            throw ProblemException.invalid("termMonths", "is required for a subscription product");
        }
        if (d.type() == ProductType.ONE_TIME && d.defaultLicenseQuantity() != null && d.defaultLicenseQuantity() != 1) {
            throw ProblemException.invalid("defaultLicenseQuantity", "must be 1 for a one-time product (one key per unit)");
        }
        Set<String> variantCodes = new HashSet<>();
        for (int i = 0; i < d.variants().size(); i++) {
            CatalogAdmin.VariantDefinition v = d.variants().get(i);
            if (!variantCodes.add(v.code())) {
                throw ProblemException.invalid("variants[" + i + "].code", "repeats the variant code " + v.code());
            }
            texts("variants[" + i + "].names", v.names(), true);
            Map<String, String> currencyOf = new HashMap<>();
            for (int j = 0; j < v.prices().size(); j++) {
                CatalogAdmin.CountryPrice p = v.prices().get(j);
                String field = "variants[" + i + "].prices[" + j + "]";
                if (!COUNTRIES.contains(p.country())) {
                    throw ProblemException.invalid(field + ".country", "is not an ISO 3166 country code");
                }
                if (currencyOf.put(p.country(), p.price().currency()) != null) {
                    throw ProblemException.invalid(field + ".country", "has a price already; one price per country");
                }
                try {
                    java.util.Currency.getInstance(p.price().currency());
                } catch (IllegalArgumentException e) {
                    throw ProblemException.invalid(field + ".price.currency", "is not an ISO 4217 currency");
                }
            }
        }
        Long taken = em.createQuery("select count(p) from Product p where p.code = :code and p.id <> :self", Long.class)
                .setParameter("code", d.code())
                .setParameter("self", self == null ? new UUID(0, 0) : self)
                .getSingleResult();
        if (taken > 0) {
            throw new ProblemException(CatalogProblem.PRODUCT_CODE_TAKEN,
                    "Another product has the code " + d.code() + "; choose another one.");
        }
    }

    private static void texts(String field, Map<String, String> texts, boolean englishRequired) {
        for (String language : texts.keySet()) {
            if (!LANGUAGES.contains(language)) {
                throw ProblemException.invalid(field + "." + language, "is not a language Portico speaks (en, de, fr, it, pl)");
            }
        }
        if (englishRequired && (texts.get("en") == null || texts.get("en").isBlank())) {
            throw ProblemException.invalid(field + ".en", "is required: English is the fallback for every language");
        }
    }

    private static void apply(Product product, CatalogAdmin.ProductDefinition d, Instant now) {
        product.code = d.code();
        product.type = d.type();
        product.names = Map.copyOf(d.names());
        product.descriptions = d.descriptions() == null ? Map.of() : Map.copyOf(d.descriptions());
        product.termMonths = d.type() == ProductType.SUBSCRIPTION ? d.termMonths() : null;
        product.defaultLicenseQuantity = d.defaultLicenseQuantity() == null ? 1 : d.defaultLicenseQuantity();
        product.autoRenew = d.type() == ProductType.SUBSCRIPTION && (d.autoRenew() == null || d.autoRenew());
        product.active = d.active() == null || d.active();
        product.sortOrder = d.sortOrder() == null ? 0 : d.sortOrder();
        product.updatedAt = now;
    }

    private void writeVariants(Product product, List<CatalogAdmin.VariantDefinition> definitions) {
        Map<String, ProductVariant> existing = variantsOf(product.id).stream()
                .collect(Collectors.toMap(v -> v.code, v -> v));
        existing.values().forEach(v -> v.active = false);
        for (int i = 0; i < definitions.size(); i++) {
            CatalogAdmin.VariantDefinition definition = definitions.get(i);
            ProductVariant variant = existing.get(definition.code());
            boolean created = variant == null;
            if (created) {
                variant = new ProductVariant();
                variant.id = UUID.randomUUID();
                variant.productId = product.id;
                variant.code = definition.code();
            }
            variant.names = Map.copyOf(definition.names());
            variant.active = true;
            variant.sortOrder = i;
            if (created) {
                em.persist(variant);
            }
            em.createQuery("delete from VariantPrice where variantId = :id").setParameter("id", variant.id).executeUpdate();
            for (CatalogAdmin.CountryPrice p : definition.prices()) {
                VariantPrice price = new VariantPrice();
                price.variantId = variant.id;
                price.country = p.country();
                price.currency = p.price().currency();
                price.amountMinor = p.price().amount();
                em.persist(price);
            }
        }
        em.flush();
    }

    private List<ProductVariant> variantsOf(UUID productId) {
        return em.createQuery("from ProductVariant where productId = :id order by sortOrder, code", ProductVariant.class)
                .setParameter("id", productId)
                .getResultList();
    }

    private CatalogAdmin.ProductAdminView view(Product p) {
        List<ProductVariant> variants = variantsOf(p.id);
        Map<UUID, List<VariantPrice>> prices = variants.isEmpty() ? Map.of() : em.createQuery(
                        "from VariantPrice where variantId in :ids order by country", VariantPrice.class)
                .setParameter("ids", variants.stream().map(v -> v.id).toList())
                .getResultStream().collect(Collectors.groupingBy(price -> price.variantId));
        return new CatalogAdmin.ProductAdminView(p.id, p.code, p.type, p.names, p.descriptions, p.termMonths,
                p.defaultLicenseQuantity, p.autoRenew, p.active, p.sortOrder,
                variants.stream().map(v -> new CatalogAdmin.VariantAdminView(v.id, v.code, v.names, v.active,
                        prices.getOrDefault(v.id, List.of()).stream()
                                .map(price -> new CatalogAdmin.CountryPrice(price.country,
                                        new Money(price.amountMinor, price.currency)))
                                .toList())).toList());
    }

    private Map<UUID, String> productCodes() {
        return em.createQuery("select p.id, p.code from Product p", Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (UUID) r[0], r -> (String) r[1]));
    }
}
