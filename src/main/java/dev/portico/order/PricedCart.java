package dev.portico.order;

import dev.portico.catalog.CatalogService.Offer;
import dev.portico.catalog.Pricing;
import java.util.List;

/** A cart's lines with the offers they have now (null when no longer for sale) and the totals of the priced ones. */
record PricedCart(List<Line> lines, String currency, long netMinor, long taxMinor, long totalMinor) {

    record Line(CartLine line, Offer offer, Pricing.Line price) {

        boolean available() {
            return offer != null;
        }
    }

    static PricedCart of(List<Line> lines) {
        List<Line> priced = lines.stream().filter(Line::available).toList();
        String currency = priced.isEmpty() ? null : priced.get(0).offer().unit().currency();
        return new PricedCart(lines, currency,
                priced.stream().mapToLong(l -> l.price().netMinor()).sum(),
                priced.stream().mapToLong(l -> l.price().taxMinor()).sum(),
                priced.stream().mapToLong(l -> l.price().totalMinor()).sum());
    }

    boolean empty() {
        return lines.isEmpty();
    }

    boolean allAvailable() {
        return lines.stream().allMatch(Line::available);
    }
}
