import type { components } from '@/lib/api';

export type ProductAdmin = components['schemas']['ProductAdmin'];
export type ProductDefinition = components['schemas']['ProductDefinition'];
export type VariantDefinition = components['schemas']['VariantDefinition'];
export type CountryPrice = components['schemas']['CountryPrice'];
export type ProductType = components['schemas']['ProductType'];
export type TaxRate = components['schemas']['TaxRate'];
export type ResellerDiscount = components['schemas']['ResellerDiscount'];
export type ResellerTier = components['schemas']['ResellerTier'];
export type CreditTopUp = components['schemas']['CreditTopUp'];
export type CreditEntry = components['schemas']['CreditEntry'];

/** A product as last read, with the ETag to send as If-Match when changing it. */
export interface ProductWithTag {
  product: ProductAdmin;
  etag: string | null;
}
