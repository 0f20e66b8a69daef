import type { Attachment, SupportContract, Ticket, TicketMessage, TicketSummary } from '../api/types';

export const COMPANY = { companyId: 'c0000000-0000-4000-a000-0000000000f1', companyName: 'Nordic Frames sp. z o.o.' };
export const CONTRACT_ID = 'e0000000-0000-4000-a000-000000000001';
export const FORTIGATE_LINE = 'a1000000-0000-4000-a000-000000000001';
export const SWITCH_LINE = 'a1000000-0000-4000-a000-000000000002';
export const EMS_LINE = 'a1000000-0000-4000-a000-000000000003';
export const TICKET_ID = 'f5000000-0000-4000-a000-000000000001';

/** K100200 of the demo data: two Fortinet devices and FortiClient EMS. */
export function contract(overrides: Partial<SupportContract> = {}): SupportContract {
  return {
    id: CONTRACT_ID,
    number: 'K100200',
    customerName: 'Nordic Frames sp. z o.o.',
    customerTaxId: '7740001454',
    serviceLevel: 'NBD',
    coverageStart: '2026-09-22',
    coverageEnd: '2027-09-22',
    active: true,
    companyId: COMPANY.companyId,
    lines: [
      { id: FORTIGATE_LINE, lineNo: 1, kind: 'DEVICE', maker: 'Fortinet', model: 'FortiGate 60F', serialNumber: 'FGT60F-DEMO-0001' },
      { id: SWITCH_LINE, lineNo: 2, kind: 'DEVICE', maker: 'Fortinet', model: 'FortiSwitch 124F', serialNumber: 'S124F-DEMO-0002' },
      { id: EMS_LINE, lineNo: 3, kind: 'SOFTWARE', productName: 'FortiClient EMS', licenseKey: 'EMS-2026-DEMO-0001' },
    ],
    ...overrides,
  };
}

export function attachment(overrides: Partial<Attachment> = {}): Attachment {
  return { id: 'a7000000-0000-4000-a000-000000000001', fileName: 'router.log', mediaType: 'text/plain', size: 2048, ...overrides };
}

export function message(overrides: Partial<TicketMessage> = {}): TicketMessage {
  return {
    id: 'm0000000-0000-4000-a000-000000000001',
    author: 'Sam Sutton',
    fromSupport: true,
    internal: false,
    body: 'Please send the output of "diagnose sys top".',
    createdAt: '2026-11-22T11:00:00Z',
    attachments: [],
    ...overrides,
  };
}

const CUSTOMER_ACTIONS = { reply: true, addInternalNote: false, resolve: false, close: true, reopen: false, manageCc: true, triage: false };
export const AGENT_ACTIONS = { reply: true, addInternalNote: true, resolve: true, close: true, reopen: false, manageCc: true, triage: false };

/** An open ticket on the FortiGate as its reporter sees it. */
export function ticket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    id: TICKET_ID,
    number: 'T-2026-000042',
    companyId: COMPANY.companyId,
    companyName: COMPANY.companyName,
    line: { contractId: CONTRACT_ID, contractNumber: 'K100200', lineId: FORTIGATE_LINE, label: 'Fortinet FortiGate 60F, SN FGT60F-DEMO-0001' },
    title: 'VPN drops every hour',
    description: 'The IPsec tunnel to the branch office drops every hour.',
    state: 'OPEN',
    reporter: 'Nina Nowak',
    reporterEmail: 'nina@nordic-frames.example',
    openedAt: '2026-11-22T10:00:00Z',
    updatedAt: '2026-11-22T10:00:00Z',
    waitingSince: '2026-11-22T10:00:00Z',
    cc: ['it@nordic-frames.example'],
    attachments: [attachment()],
    messages: [],
    actions: CUSTOMER_ACTIONS,
    ...overrides,
  };
}

export function summary(overrides: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id: TICKET_ID,
    number: 'T-2026-000042',
    title: 'VPN drops every hour',
    state: 'OPEN',
    companyId: COMPANY.companyId,
    companyName: COMPANY.companyName,
    contractNumber: 'K100200',
    lineLabel: 'Fortinet FortiGate 60F, SN FGT60F-DEMO-0001',
    reporter: 'Nina Nowak',
    openedAt: '2026-11-22T10:00:00Z',
    updatedAt: '2026-11-22T10:00:00Z',
    waitingSince: '2026-11-22T10:00:00Z',
    ...overrides,
  };
}

export { fakeApi, json, problem } from '@/lib/testing/fake-api';
