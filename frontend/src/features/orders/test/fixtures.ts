import type { Cart, CartLine, Company, Order, OrderItem, Price, Product } from '../api/types';

export const COMPANY = { companyId: 'c0000000-0000-4000-a000-000000000003', companyName: 'Resello Partners S.r.l.' };
export const REMOTE_SIGNATURE_ID = 'd0000000-0000-4000-a000-000000000001';
export const SPID_ID = 'e0000000-0000-4000-a000-000000000011';
export const VIDEO_ID = 'e0000000-0000-4000-a000-000000000012';
export const IN_PERSON_ID = 'e0000000-0000-4000-a000-000000000013';
export const ORDER_ID = 'f0000000-0000-4000-a000-000000000001';
export const ITEM_ID = 'f1000000-0000-4000-a000-000000000001';
export const SUBSCRIPTION_ID = '5b1e0c2a-0000-4000-8000-000000000042';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

/**
 * A unit price as the server computes it: discount and VAT rounded half-up, in cents.
 * Italy (22 % VAT), a GOLD reseller with 30 % off REMOTE-SIGNATURE by default.
 */
export function price(listCents: number, discountBp = 3000, taxBp = 2200): Price {
  const discount = Math.round((listCents * discountBp) / 10_000);
  const net = listCents - discount;
  const tax = Math.round((net * taxBp) / 10_000);
  return {
    listPrice: eur(listCents),
    discountBasisPoints: discountBp,
    discount: eur(discount),
    netPrice: eur(net),
    taxRateBasisPoints: taxBp,
    tax: eur(tax),
    grossPrice: eur(net + tax),
  };
}

/** REMOTE-SIGNATURE priced for the reseller: SPID 49.00, VIDEO 59.00, IN-PERSON not sold in the country. */
export function remoteSignature(overrides: { [K in keyof Product]?: unknown } = {}): Product {
  return {
    id: REMOTE_SIGNATURE_ID,
    code: 'REMOTE-SIGNATURE',
    type: 'SUBSCRIPTION',
    name: 'Remote signature',
    description: 'A qualified electronic signature you use from any device, for one person, for a year.',
    termMonths: 12,
    licensesPerUnit: 1,
    autoRenew: true,
    variants: [
      { id: SPID_ID, code: 'SPID', name: 'Identification with SPID', price: price(4900) },
      { id: VIDEO_ID, code: 'VIDEO', name: 'Video identification', price: price(5900) },
      { id: IN_PERSON_ID, code: 'IN-PERSON', name: 'Identification in person', price: null },
    ],
    ...overrides,
  } as unknown as Product;
}

export function anchorLibrary(overrides: { [K in keyof Product]?: unknown } = {}): Product {
  return {
    id: 'd0000000-0000-4000-a000-000000000004',
    code: 'ANCHOR-LIBRARY',
    type: 'ONE_TIME',
    name: 'Anchor design library (perpetual)',
    description: 'A one-time license with a key; no renewal.',
    termMonths: null,
    licensesPerUnit: 1,
    autoRenew: false,
    variants: [{ id: 'e0000000-0000-4000-a000-000000000041', code: 'STANDARD', name: 'Standard', price: price(19900, 2000) }],
    ...overrides,
  } as unknown as Product;
}

let lineCounter = 0;

/** A cart line for `quantity` units of SPID at the reseller's price. */
export function cartLine(overrides: { [K in keyof CartLine]?: unknown } = {}): CartLine {
  lineCounter++;
  const unit = price(4900);
  const quantity = (overrides.quantity as number | undefined) ?? 1;
  const net = unit.netPrice.amount * quantity;
  const tax = Math.round((net * 2200) / 10_000);
  return {
    id: `ca000000-0000-4000-a000-${String(lineCounter).padStart(12, '0')}`,
    productId: REMOTE_SIGNATURE_ID,
    productCode: 'REMOTE-SIGNATURE',
    productType: 'SUBSCRIPTION',
    variantId: SPID_ID,
    description: 'Remote signature — Identification with SPID',
    quantity,
    licensesPerUnit: 1,
    termMonths: 12,
    available: true,
    unitPrice: unit,
    net: eur(net),
    tax: eur(tax),
    total: eur(net + tax),
    priceChanged: false,
    previousUnitPrice: null,
    ...overrides,
  } as unknown as CartLine;
}

/** A cart with its totals summed from the lines, and 500.00 EUR prepaid credit unless told otherwise. */
export function cart(lines: CartLine[], overrides: { [K in keyof Cart]?: unknown } = {}, balance: number | null = 50_000): Cart {
  const sum = (pick: (l: CartLine) => number | undefined) => lines.reduce((s, l) => s + (pick(l) ?? 0), 0);
  const total = sum((l) => l.total?.amount);
  return {
    companyId: COMPANY.companyId,
    lines,
    net: lines.length ? eur(sum((l) => l.net?.amount)) : null,
    tax: lines.length ? eur(sum((l) => l.tax?.amount)) : null,
    total: lines.length ? eur(total) : null,
    credit:
      lines.length && balance !== null
        ? {
            balance: eur(balance),
            balanceAfter: eur(Math.max(0, balance - total)),
            sufficient: balance >= total,
            shortfall: eur(Math.max(0, total - balance)),
          }
        : null,
    checkoutPossible: lines.length > 0 && lines.every((l) => l.available),
    ...overrides,
  } as unknown as Cart;
}

export function company(overrides: Partial<Company> = {}): Company {
  return {
    id: COMPANY.companyId,
    name: 'Resello Partners S.r.l.',
    country: 'IT',
    taxId: 'IT01234567897',
    street: 'Via Roma 1',
    postalCode: '20121',
    city: 'Milano',
    locale: 'it',
    timeZone: 'Europe/Rome',
    kind: 'RESELLER',
    actions: { update: true, manageMembers: true, viewAuditTrail: true },
    ...overrides,
  };
}

export function subscriptionItem(overrides: { [K in keyof OrderItem]?: unknown } = {}): OrderItem {
  return {
    id: ITEM_ID,
    kind: 'SUBSCRIPTION',
    subscriptionId: SUBSCRIPTION_ID,
    subscriptionNumber: 'SUB-000042',
    subscriptionStatus: 'PENDING_ACTIVATION',
    licenseKey: null,
    association: null,
    actions: { associate: true, withdrawAssociation: false },
    ...overrides,
  } as unknown as OrderItem;
}

export function order(items: OrderItem[] = [subscriptionItem()], overrides: { [K in keyof Order]?: unknown } = {}): Order {
  return {
    id: ORDER_ID,
    number: 'ORD-2026-000042',
    companyId: COMPANY.companyId,
    status: 'FULFILLED',
    placedAt: '2026-11-22T10:00:00Z',
    paidAt: '2026-11-22T10:00:00Z',
    fulfilledAt: '2026-11-22T10:00:00Z',
    placedBy: 'Rita Rossi',
    net: eur(3430),
    tax: eur(755),
    total: eur(4185),
    payment: { method: 'CREDIT', display: 'Prepaid credit', poNumber: null, paid: true },
    billing: { name: 'Resello Partners S.r.l.', street: 'Via Roma 1', postalCode: '20121', city: 'Milano', country: 'IT', taxId: 'IT01234567897' },
    invoiceNumber: 'INV-2026-000042',
    cancelledAt: null,
    actions: { cancel: false },
    lines: [
      {
        lineNo: 1,
        productCode: 'REMOTE-SIGNATURE',
        productType: 'SUBSCRIPTION',
        description: 'Remote signature — Identification with SPID',
        quantity: items.length,
        licensesPerUnit: 1,
        termMonths: 12,
        listUnitPrice: eur(4900),
        discountBasisPoints: 3000,
        unitPrice: eur(3430),
        taxRateBasisPoints: 2200,
        net: eur(3430),
        tax: eur(755),
        total: eur(4185),
        items,
      },
    ],
    ...overrides,
  } as unknown as Order;
}

export { fakeApi, json, problem } from '@/lib/testing/fake-api';
