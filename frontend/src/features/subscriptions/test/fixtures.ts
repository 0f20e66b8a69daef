import type { Agreement, Subscription } from '../api/types';

export const SUB_ID = '5b1e0c2a-0000-4000-8000-000000000001';

/** Overrides are loosely typed so that fixtures can say `null` however the contract spells absent values. */
export function subscription(overrides: { [K in keyof Subscription]?: unknown } = {}): Subscription {
  return {
    id: SUB_ID,
    number: 'SUB-000123',
    companyId: 'a0000000-0000-4000-a000-000000000001',
    companyName: 'Acme Tools GmbH',
    productCode: 'PROFIS-ENGINEERING',
    productName: 'PROFIS Engineering Suite',
    licenseQuantity: 3,
    termStart: '2026-11-22',
    termEnd: '2027-11-21',
    nextRenewalDate: '2027-11-22',
    autoRenew: true,
    poNumber: 'PO-1',
    paymentMethod: { type: 'CARD', display: 'Visa •••• 4242, expires 12/2028' },
    admin: { userId: null, email: 'alice.admin@acme.example', name: 'Alice Admin', pending: false },
    orderedAt: '2026-11-20T09:00:00Z',
    activationDeadline: '2099-02-18',
    activatedAt: '2026-11-22T10:00:00Z',
    status: 'ACTIVE',
    actions: {
      activate: false,
      manage: true,
      changePoNumber: true,
      changePaymentMethod: true,
      transferAdmin: true,
      withdrawAdminTransfer: false,
      cancel: true,
      undoCancellation: false,
      readAgreement: true,
    },
    ...overrides,
  } as unknown as Subscription;
}

export function agreement(version: number, overrides: Partial<Agreement> = {}): Agreement {
  return {
    productCode: 'PROFIS-ENGINEERING',
    language: 'en',
    version,
    title: `PROFIS software agreement v${version}`,
    text: `Terms of version ${version}.\n\n1. Use the software well.`,
    sha256: `${version}`.repeat(64).slice(0, 64),
    publishedAt: '2026-11-01T00:00:00Z',
    ...overrides,
  };
}

export { fakeApi, json, problem } from '@/lib/testing/fake-api';
