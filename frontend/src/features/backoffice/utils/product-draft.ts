import { SUPPORTED_LANGUAGES, type Language } from '@/lib/config';
import type { FieldError } from '@/lib/api';
import type { ProductAdmin, ProductDefinition, ProductType } from '../api/types';
import { fromMinorUnits, toMinorUnits } from './decimal';

/** English first: it is the one language a name is required in. */
export const LANGUAGES: readonly Language[] = SUPPORTED_LANGUAGES;

export type Texts = Record<Language, string>;

export interface PriceDraft {
  /** Stable React key; rows are added and removed. */
  key: string;
  country: string;
  amount: string;
  currency: string;
}

export interface VariantDraft {
  key: string;
  code: string;
  names: Texts;
  prices: PriceDraft[];
}

/** The product form as typed: numbers stay text until sent, so a half-typed value is not lost. */
export interface ProductDraft {
  code: string;
  type: ProductType;
  names: Texts;
  descriptions: Texts;
  termMonths: string;
  defaultLicenseQuantity: string;
  autoRenew: boolean;
  active: boolean;
  sortOrder: string;
  variants: VariantDraft[];
}

let nextKey = 0;
export function rowKey(): string {
  nextKey += 1;
  return `row-${nextKey}`;
}

function texts(from: Record<string, string> = {}): Texts {
  return Object.fromEntries(LANGUAGES.map((l) => [l, from[l] ?? ''])) as Texts;
}

export function emptyPrice(): PriceDraft {
  return { key: rowKey(), country: '', amount: '', currency: 'EUR' };
}

export function emptyVariant(): VariantDraft {
  return { key: rowKey(), code: '', names: texts(), prices: [emptyPrice()] };
}

export function emptyDraft(): ProductDraft {
  return {
    code: '',
    type: 'SUBSCRIPTION',
    names: texts(),
    descriptions: texts(),
    termMonths: '12',
    defaultLicenseQuantity: '1',
    autoRenew: true,
    active: true,
    sortOrder: '0',
    variants: [emptyVariant()],
  };
}

export function draftOf(product: ProductAdmin): ProductDraft {
  return {
    code: product.code,
    type: product.type,
    names: texts(product.names),
    descriptions: texts(product.descriptions),
    termMonths: product.termMonths == null ? '' : String(product.termMonths),
    defaultLicenseQuantity: String(product.defaultLicenseQuantity),
    autoRenew: product.autoRenew,
    active: product.active,
    sortOrder: String(product.sortOrder),
    variants: product.variants.map((v) => ({
      key: rowKey(),
      code: v.code,
      names: texts(v.names),
      prices: v.prices.map((p) => ({
        key: rowKey(),
        country: p.country,
        amount: fromMinorUnits(p.price.amount, p.price.currency),
        currency: p.price.currency,
      })),
    })),
  };
}

/** Only the languages filled in: an empty optional name is absent, not "". */
function filled(values: Texts): Record<string, string> {
  return Object.fromEntries(LANGUAGES.filter((l) => values[l].trim()).map((l) => [l, values[l].trim()]));
}

/** Messages for what cannot even be sent; the server checks everything else. */
export interface DraftMessages {
  notWhole: string;
  notAmount: string;
}

/**
 * The definition to send, or the field errors (in the server's field paths) for numbers and amounts that are not
 * numbers at all.
 */
export function definitionOf(draft: ProductDraft, messages: DraftMessages): { definition: ProductDefinition; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const whole = (text: string, field: string): number | undefined => {
    if (!text.trim()) return undefined;
    if (!/^\s*-?\d+\s*$/.test(text)) {
      errors.push({ field, message: messages.notWhole });
      return undefined;
    }
    return Number(text);
  };
  const subscription = draft.type === 'SUBSCRIPTION';
  const definition: ProductDefinition = {
    code: draft.code.trim(),
    type: draft.type,
    names: filled(draft.names),
    descriptions: filled(draft.descriptions),
    termMonths: subscription ? whole(draft.termMonths, 'termMonths') : undefined,
    defaultLicenseQuantity: whole(draft.defaultLicenseQuantity, 'defaultLicenseQuantity'),
    autoRenew: draft.autoRenew,
    active: draft.active,
    sortOrder: whole(draft.sortOrder, 'sortOrder'),
    variants: draft.variants.map((v, i) => ({
      code: v.code.trim(),
      names: filled(v.names),
      prices: v.prices.map((p, j) => {
        const currency = p.currency.trim().toUpperCase();
        const amount = toMinorUnits(p.amount, currency);
        if (amount === null) errors.push({ field: `variants[${i}].prices[${j}].price.amount`, message: messages.notAmount });
        return { country: p.country.trim().toUpperCase(), price: { amount: amount ?? 0, currency } };
      }),
    })),
  };
  return { definition, errors };
}
