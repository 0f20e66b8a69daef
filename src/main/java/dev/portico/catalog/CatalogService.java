package dev.portico.catalog;

import dev.portico.account.CompanyDirectory;
import dev.portico.account.CompanyDirectory.CompanyInfo;
import dev.portico.account.CompanyKind;
import dev.portico.platform.paging.Cursor;
import dev.portico.platform.paging.PageRequest;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** The catalog for buyers, and the offers (what a variant costs a company now) the cart and checkout use. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CatalogService {

    @Inject
    EntityManager em;

    @Inject
    CompanyDirectory companies;

    @Inject
    CompanyAccess access;

    @Inject
    CurrentUser currentUser;

    /** What a company pays for one unit of a variant now, with the texts in the company's language. */
    public record Offer(UUID productId, String productCode, ProductType type, String productName, UUID variantId,
            String variantCode, String variantName, Integer termMonths, int licensesPerUnit, boolean autoRenew,
            Pricing.Unit unit) {

        /** "Remote signature — SPID", or the product name alone when it has one variant called like it. */
        public String description() {
            return variantName.isBlank() || variantName.equals(productName) ? productName : productName + " — " + variantName;
        }
    }

    public CatalogViews.ProductPage list(UUID companyId, String language, PageRequest page) {
        Pricer pricer = pricerFor(companyId);
        String lang = language(language);
        Cursor after = page.after();
        var query = em.createQuery("from Product p where p.active = true"
                        + (after == null ? "" : " and (p.sortOrder, p.id) > (:afterSort, :afterId)")
                        + " order by p.sortOrder, p.id", Product.class)
                .setMaxResults(page.fetchSize());
        if (after != null) {
            query.setParameter("afterSort", after.intKey()).setParameter("afterId", after.id());
        }
        var slice = page.slice(query.getResultList(), p -> new Cursor(Integer.toString(p.sortOrder), p.id));
        Map<UUID, List<ProductVariant>> variants = activeVariants(slice.items().stream().map(p -> p.id).toList());
        if (pricer != null) {
            pricer.prefetch(variants.values().stream().flatMap(List::stream).map(v -> v.id).toList());
        }
        return new CatalogViews.ProductPage(
                slice.items().stream().map(p -> view(p, variants.getOrDefault(p.id, List.of()), lang, pricer)).toList(),
                slice.next());
    }

    public CatalogViews.ProductView get(UUID productId, UUID companyId, String language) {
        Product product = em.find(Product.class, productId);
        if (product == null || !product.active) {
            throw ProblemException.notFound("Product " + productId);
        }
        return view(product, activeVariants(List.of(product.id)).getOrDefault(product.id, List.of()), language(language),
                pricerFor(companyId));
    }

    /**
     * The offer of an active variant to a company, if the variant is sold in the company's country. No access check:
     * the caller has checked that the person acts for the company.
     */
    public Optional<Offer> offer(UUID companyId, UUID variantId) {
        CompanyInfo company = companies.find(companyId).orElseThrow();
        ProductVariant variant = em.find(ProductVariant.class, variantId);
        if (variant == null || !variant.active) {
            return Optional.empty();
        }
        Product product = em.find(Product.class, variant.productId);
        if (!product.active) {
            return Optional.empty();
        }
        return new Pricer(company, this).price(product, variant).map(unit -> new Offer(product.id, product.code,
                product.type, Product.in(product.names, company.locale()), variant.id, variant.code,
                Product.in(variant.names, company.locale()), product.termMonths, product.licensesPerUnit(),
                product.autoRenew, unit));
    }

    /** Offers for several variants at once; variants no longer offered are missing from the map. */
    public Map<UUID, Offer> offers(UUID companyId, Collection<UUID> variantIds) {
        return variantIds.stream().distinct()
                .flatMap(id -> offer(companyId, id).stream())
                .collect(Collectors.toMap(Offer::variantId, o -> o));
    }

    private Pricer pricerFor(UUID companyId) {
        if (companyId == null) {
            return null;
        }
        access.requireMember(companyId);
        return new Pricer(companies.find(companyId).orElseThrow(), this);
    }

    private String language(String requested) {
        return requested != null ? requested : currentUser.get().locale;
    }

    private Map<UUID, List<ProductVariant>> activeVariants(List<UUID> productIds) {
        if (productIds.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("from ProductVariant where productId in :ids and active = true", ProductVariant.class)
                .setParameter("ids", productIds)
                .getResultStream()
                .sorted(Comparator.comparingInt((ProductVariant v) -> v.sortOrder).thenComparing(v -> v.code))
                .collect(Collectors.groupingBy(v -> v.productId));
    }

    private CatalogViews.ProductView view(Product p, List<ProductVariant> variants, String language, Pricer pricer) {
        return new CatalogViews.ProductView(p.id, p.code, p.type, Product.in(p.names, language),
                Product.in(p.descriptions, language), p.termMonths, p.licensesPerUnit(), p.autoRenew,
                variants.stream().map(v -> new CatalogViews.VariantView(v.id, v.code, Product.in(v.names, language),
                        pricer == null ? null : pricer.price(p, v).map(CatalogViews.PriceView::of).orElse(null))).toList());
    }

    /** Prices for one company: its country's list prices and VAT, and its reseller tier's discount. */
    private static final class Pricer {

        private final CompanyInfo company;
        private final EntityManager em;
        private final String tier;
        private final int taxRateBp;
        private final java.util.Map<UUID, Integer> discounts = new java.util.HashMap<>();
        private Integer generalDiscount; // set by prefetch
        /** Prices read by prefetch, by variant; a prefetched variant without one is not sold here (no query to ask). */
        private final java.util.Map<UUID, VariantPrice> prefetched = new java.util.HashMap<>();

        Pricer(CompanyInfo company, CatalogService catalog) {
            this.company = company;
            this.em = catalog.em;
            ResellerAccount reseller = company.kind() == CompanyKind.RESELLER ? em.find(ResellerAccount.class, company.id()) : null;
            this.tier = reseller == null ? null : reseller.tier;
            TaxRate rate = em.find(TaxRate.class, company.country());
            this.taxRateBp = rate == null ? 0 : rate.rateBp;
        }

        /** Loads the prices of many variants in one query, and the tier's discounts in another (a page, not N+1). */
        void prefetch(Collection<UUID> variantIds) {
            if (!variantIds.isEmpty()) {
                variantIds.forEach(id -> prefetched.put(id, null));
                em.createQuery("from VariantPrice where variantId in :ids and country = :country", VariantPrice.class)
                        .setParameter("ids", variantIds)
                        .setParameter("country", company.country())
                        .getResultList()
                        .forEach(price -> prefetched.put(price.variantId, price));
            }
            if (tier != null) {
                List<ResellerDiscount> all = em.createQuery("from ResellerDiscount where tier = :tier", ResellerDiscount.class)
                        .setParameter("tier", tier)
                        .getResultList();
                Integer general = all.stream().filter(d -> d.productId == null).map(d -> d.percentBp).findFirst().orElse(0);
                all.stream().filter(d -> d.productId != null).forEach(d -> discounts.put(d.productId, d.percentBp));
                generalDiscount = general;
            }
        }

        Optional<Pricing.Unit> price(Product product, ProductVariant variant) {
            VariantPrice price = prefetched.containsKey(variant.id) ? prefetched.get(variant.id)
                    : em.find(VariantPrice.class, new VariantPrice.Key(variant.id, company.country()));
            if (price == null) {
                return Optional.empty();
            }
            return Optional.of(Pricing.unit(price.currency, price.amountMinor, product.licensesPerUnit(),
                    discount(product.id), taxRateBp));
        }

        private int discount(UUID productId) {
            if (tier == null) {
                return 0;
            }
            if (generalDiscount != null) { // prefetched: every product discount of the tier is in the map
                return discounts.getOrDefault(productId, generalDiscount);
            }
            return discounts.computeIfAbsent(productId, this::lookUpDiscount);
        }

        /** The product's discount for the tier, else the tier's general one (one query per product and company). */
        private int lookUpDiscount(UUID productId) {
            List<ResellerDiscount> found = em.createQuery(
                            "from ResellerDiscount where tier = :tier and (productId = :product or productId is null)",
                            ResellerDiscount.class)
                    .setParameter("tier", tier)
                    .setParameter("product", productId)
                    .getResultList();
            return found.stream()
                    .min(Comparator.comparing((ResellerDiscount d) -> d.productId == null))
                    .map(d -> d.percentBp)
                    .orElse(0);
        }
    }
}
