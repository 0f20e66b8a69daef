import { describe, expect, it } from 'vitest';
import { namesField } from './problems';

describe('a server field path', () => {
  it('names the form field it equals or ends with after a validator prefix', () => {
    expect(namesField('names.en', 'names.en')).toBe(true);
    expect(namesField('update.definition.names.en', 'names.en')).toBe(true);
    expect(namesField('save.discounts[0].productCode', '[0].productCode')).toBe(true);
  });

  it('does not name a product field when it belongs to a variant', () => {
    expect(namesField('variants[0].names.en', 'names.en')).toBe(false);
    expect(namesField('variants[1].code', 'code')).toBe(false);
    expect(namesField('variants[10].code', '[0].code')).toBe(false);
  });
});
