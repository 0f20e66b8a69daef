import type { Price, Product, ProductVariant } from '../api/types';

export interface PricedVariant {
  variant: ProductVariant;
  price: Price;
}

/** The variants the company can buy (those with a price for its country), cheapest net price first. */
export function pricedVariants(product: Product): PricedVariant[] {
  return product.variants
    .filter((v): v is ProductVariant & { price: Price } => v.price != null)
    .map((v) => ({ variant: v, price: v.price }))
    .sort((a, b) => a.price.netPrice.amount - b.price.netPrice.amount);
}

/** The variant behind the product's "from" price, or null when none is sold to the company. */
export function cheapestVariant(product: Product): PricedVariant | null {
  return pricedVariants(product)[0] ?? null;
}
