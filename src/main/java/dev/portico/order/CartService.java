package dev.portico.order;

import dev.portico.catalog.CatalogService;
import dev.portico.catalog.CatalogService.Offer;
import dev.portico.catalog.CatalogViews;
import dev.portico.catalog.Pricing;
import dev.portico.platform.money.Money;
import dev.portico.platform.problem.ProblemException;
import dev.portico.platform.security.CompanyAccess;
import dev.portico.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The server-side cart of one person buying for one company (company admins only). */
@ApplicationScoped
@Transactional
public class CartService {

    @Inject
    EntityManager em;

    @Inject
    CatalogService catalog;

    @Inject
    CompanyAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    CreditLedger credit;

    @Inject
    Clock clock;

    public OrderViews.CartView get(UUID companyId) {
        requireBuyer(companyId);
        return view(companyId, price(companyId, lines(companyId, false)));
    }

    public OrderViews.CartView add(UUID companyId, OrderViews.CartLineAdd request) {
        requireBuyer(companyId);
        Offer offer = catalog.offer(companyId, request.variantId()).orElseThrow(() -> new ProblemException(
                OrderProblem.NOT_FOR_SALE, "This product variant is not sold to your company's country; choose another."));
        List<CartLine> lines = lines(companyId, true);
        String currency = offer.unit().currency();
        if (lines.stream().anyMatch(l -> !l.currency.equals(currency) && !l.variantId.equals(offer.variantId()))) {
            throw new ProblemException(OrderProblem.MIXED_CURRENCIES, "Your cart is priced in " + lines.get(0).currency
                    + " and this product in " + currency + ". Check out the cart first, or empty it.");
        }
        Instant now = clock.instant();
        CartLine line = lines.stream().filter(l -> l.variantId.equals(offer.variantId())).findFirst().orElse(null);
        boolean added = line == null;
        if (added) {
            line = new CartLine();
            line.id = UUID.randomUUID();
            line.userId = currentUser.get().id;
            line.companyId = companyId;
            line.variantId = offer.variantId();
            line.addedAt = now;
        }
        line.quantity = Math.min(1000, line.quantity + request.quantity());
        line.unitPriceMinor = offer.unit().netMinor();
        line.currency = currency;
        line.description = offer.description();
        line.updatedAt = now;
        if (added) {
            em.persist(line);
        }
        em.flush();
        return view(companyId, price(companyId, lines(companyId, false)));
    }

    /** Changes a line's quantity; the line takes the price of now (the buyer sees it while changing). */
    public OrderViews.CartView update(UUID companyId, UUID lineId, int quantity) {
        requireBuyer(companyId);
        CartLine line = line(companyId, lineId);
        line.quantity = quantity;
        catalog.offer(companyId, line.variantId).ifPresent(offer -> line.unitPriceMinor = offer.unit().netMinor());
        line.updatedAt = clock.instant();
        em.flush();
        return view(companyId, price(companyId, lines(companyId, false)));
    }

    public OrderViews.CartView remove(UUID companyId, UUID lineId) {
        requireBuyer(companyId);
        em.remove(line(companyId, lineId));
        em.flush();
        return view(companyId, price(companyId, lines(companyId, false)));
    }

    public void clear(UUID companyId) {
        requireBuyer(companyId);
        em.createQuery("delete from CartLine where userId = :user and companyId = :company")
                .setParameter("user", currentUser.get().id)
                .setParameter("company", companyId)
                .executeUpdate();
    }

    /** The caller's lines for the company, locked for the checkout when asked. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<CartLine> lines(UUID companyId, boolean lock) {
        return em.createQuery("from CartLine where userId = :user and companyId = :company order by addedAt, id",
                        CartLine.class)
                .setParameter("user", currentUser.get().id)
                .setParameter("company", companyId)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList();
    }

    PricedCart price(UUID companyId, List<CartLine> lines) {
        Map<UUID, Offer> offers = catalog.offers(companyId, lines.stream().map(l -> l.variantId).toList());
        return PricedCart.of(lines.stream().map(l -> {
            Offer offer = offers.get(l.variantId);
            return new PricedCart.Line(l, offer, offer == null ? null : Pricing.line(offer.unit(), l.quantity));
        }).toList());
    }

    @Transactional(Transactional.TxType.SUPPORTS) // a check: no transaction of its own when called from a read
    void requireBuyer(UUID companyId) {
        access.requireMember(companyId);
        if (!access.isAdmin(companyId)) {
            throw ProblemException.forbidden("Only the company's admins buy for it; ask one of them to order.");
        }
    }

    private CartLine line(UUID companyId, UUID lineId) {
        CartLine line = em.find(CartLine.class, lineId);
        if (line == null || !line.companyId.equals(companyId) || !line.userId.equals(currentUser.get().id)) {
            throw ProblemException.notFound("Cart line " + lineId);
        }
        try {
            em.refresh(line, LockModeType.PESSIMISTIC_WRITE); // locked only once it is known to be the caller's
        } catch (jakarta.persistence.EntityNotFoundException e) {
            throw ProblemException.notFound("Cart line " + lineId); // removed meanwhile
        }
        return line;
    }

    private OrderViews.CartView view(UUID companyId, PricedCart cart) {
        List<OrderViews.CartLineView> lines = cart.lines().stream().map(CartService::lineView).toList();
        if (cart.empty()) {
            return new OrderViews.CartView(companyId, lines, null, null, null, null, false);
        }
        String c = cart.currency();
        OrderViews.CartCredit creditView = c == null ? null : credit.find(companyId)
                .filter(account -> account.currency.equals(c))
                .map(account -> new OrderViews.CartCredit(new Money(account.balanceMinor, c),
                        new Money(Math.max(0, account.balanceMinor - cart.totalMinor()), c),
                        account.balanceMinor >= cart.totalMinor(),
                        new Money(Math.max(0, cart.totalMinor() - account.balanceMinor), c)))
                .orElse(null);
        return new OrderViews.CartView(companyId, lines, c == null ? null : new Money(cart.netMinor(), c),
                c == null ? null : new Money(cart.taxMinor(), c), c == null ? null : new Money(cart.totalMinor(), c),
                creditView, cart.allAvailable());
    }

    private static OrderViews.CartLineView lineView(PricedCart.Line priced) {
        CartLine l = priced.line();
        Offer o = priced.offer();
        if (o == null) {
            return new OrderViews.CartLineView(l.id, null, null, null, l.variantId, l.description, l.quantity, 1,
                    null, false, null, null, null, null, false, null);
        }
        String c = o.unit().currency();
        boolean changed = l.unitPriceMinor != o.unit().netMinor() || !l.currency.equals(c);
        return new OrderViews.CartLineView(l.id, o.productId(), o.productCode(), o.type(), l.variantId, o.description(),
                l.quantity, o.licensesPerUnit(), o.termMonths(), true, CatalogViews.PriceView.of(o.unit()),
                new Money(priced.price().netMinor(), c), new Money(priced.price().taxMinor(), c),
                new Money(priced.price().totalMinor(), c), changed, changed ? new Money(l.unitPriceMinor, l.currency) : null);
    }
}
