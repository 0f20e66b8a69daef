import type { ProductAdmin } from '../api/types';

export { fakeApi, json, problem } from '@/lib/testing/fake-api';

export const PRODUCT_ID = 'd0000000-0000-4000-a000-000000000001';
export const COMPANY_ID = 'c0000000-0000-4000-a000-000000000003';

const eur = (amount: number) => ({ amount, currency: 'EUR' });

export const REMOTE_SIGNATURE: ProductAdmin = {
  id: PRODUCT_ID,
  code: 'REMOTE-SIGNATURE',
  type: 'SUBSCRIPTION',
  names: { en: 'Remote signature', it: 'Firma remota' },
  descriptions: { en: 'Sign documents from anywhere.' },
  termMonths: 12,
  defaultLicenseQuantity: 1,
  autoRenew: true,
  active: true,
  sortOrder: 10,
  variants: [
    {
      id: 'e0000000-0000-4000-a000-000000000011',
      code: 'SPID',
      names: { en: 'With SPID' },
      active: true,
      prices: [
        { country: 'IT', price: eur(4900) },
        { country: 'DE', price: eur(5900) },
      ],
    },
  ],
};

export const TOKEN: ProductAdmin = {
  id: 'd0000000-0000-4000-a000-000000000002',
  code: 'TOKEN',
  type: 'ONE_TIME',
  names: { en: 'USB token' },
  descriptions: {},
  defaultLicenseQuantity: 1,
  autoRenew: false,
  active: false,
  sortOrder: 20,
  variants: [],
};
