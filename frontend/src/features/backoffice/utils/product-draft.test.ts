import { describe, expect, it } from 'vitest';
import { definitionOf, emptyDraft } from './product-draft';

const MESSAGES = { notWhole: 'whole', notAmount: 'amount' };

describe('the product form', () => {
  it('sends prices in minor units and leaves out names not filled in', () => {
    const draft = emptyDraft();
    draft.code = 'REMOTE-SIGNATURE';
    draft.names.en = 'Remote signature';
    draft.variants[0]!.code = 'SPID';
    draft.variants[0]!.names.en = 'SPID';
    draft.variants[0]!.prices[0] = { key: 'p', country: 'de', amount: '49.00', currency: 'eur' };

    const { definition, errors } = definitionOf(draft, MESSAGES);

    expect(errors).toEqual([]);
    expect(definition.names).toEqual({ en: 'Remote signature' });
    expect(definition.termMonths).toBe(12);
    expect(definition.variants[0]!.prices).toEqual([{ country: 'DE', price: { amount: 4900, currency: 'EUR' } }]);
  });

  it('sends no term for a one-time product', () => {
    const draft = { ...emptyDraft(), type: 'ONE_TIME' as const };
    expect(definitionOf(draft, MESSAGES).definition.termMonths).toBeUndefined();
  });

  it('names the price whose amount is no amount', () => {
    const draft = emptyDraft();
    draft.variants[0]!.prices[0]!.amount = '49.999';
    expect(definitionOf(draft, MESSAGES).errors).toEqual([{ field: 'variants[0].prices[0].price.amount', message: 'amount' }]);
  });
});
