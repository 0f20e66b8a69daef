import { describe, expect, it } from 'vitest';
import { SUPPORTED_LANGUAGES } from '@/lib/config';
import { resources } from './index';

function flatten(value: unknown, prefix = ''): Record<string, unknown> {
  if (value && typeof value === 'object') {
    return Object.entries(value).reduce<Record<string, unknown>>(
      (acc, [k, v]) => ({ ...acc, ...flatten(v, prefix ? `${prefix}.${k}` : k) }),
      {},
    );
  }
  return { [prefix]: value };
}

const english = flatten(resources.en.translation);
const englishKeys = Object.keys(english).sort();
const placeholders = (text: unknown) => [...String(text).matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  it('exist for every supported language', () => {
    expect(Object.keys(resources).sort()).toEqual([...SUPPORTED_LANGUAGES].sort());
  });

  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'en'))('%s has exactly the keys of en', (language) => {
    const keys = Object.keys(flatten(resources[language].translation)).sort();
    expect(keys).toEqual(englishKeys);
  });

  it.each([...SUPPORTED_LANGUAGES])('%s has a non-empty text with the same placeholders for every key', (language) => {
    const texts = flatten(resources[language].translation);
    for (const [key, text] of Object.entries(texts)) {
      expect(typeof text === 'string' && text.trim().length > 0, `${language}: ${key}`).toBe(true);
      expect(placeholders(text), `${language}: ${key}`).toEqual(placeholders(english[key]));
    }
  });
});
