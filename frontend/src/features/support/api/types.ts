import type { components } from '@/lib/api';

export type SupportContract = components['schemas']['SupportContract'];
export type SupportContractPage = components['schemas']['SupportContractPage'];
export type ContractLine = components['schemas']['ContractLine'];
export type ContractClaim = components['schemas']['ContractClaim'];
export type Ticket = components['schemas']['Ticket'];
export type TicketActions = components['schemas']['TicketActions'];
export type TicketState = components['schemas']['TicketState'];
export type TicketSummary = components['schemas']['TicketSummary'];
export type TicketPage = components['schemas']['TicketPage'];
export type TicketMessage = components['schemas']['TicketMessage'];
export type TicketCreate = components['schemas']['TicketCreate'];
export type TicketReply = components['schemas']['TicketReply'];
export type Attachment = components['schemas']['Attachment'];
export type TicketPriority = components['schemas']['TicketPriority'];
export type TicketTriage = components['schemas']['TicketTriage'];
export type SupportAgent = components['schemas']['SupportAgent'];

/** Every priority, most urgent first. */
export const TICKET_PRIORITIES: readonly TicketPriority[] = ['URGENT', 'HIGH', 'NORMAL', 'LOW'];

/** Every ticket state, in the order a ticket usually goes through them (filters, badges). */
export const TICKET_STATES: readonly TicketState[] = ['OPEN', 'WAITING_FOR_SUPPORT', 'WAITING_FOR_CUSTOMER', 'RESOLVED', 'CLOSED'];

/** What the queue shows unless the agent chooses otherwise: the tickets waiting for support. */
export const QUEUE_DEFAULT_STATES: readonly TicketState[] = ['OPEN', 'WAITING_FOR_SUPPORT'];

/** The largest attachment the server accepts (its `attachment-max-size`, 20M = 20 MiB). */
export const MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** Attachments a ticket or a reply may carry. */
export const MAX_ATTACHMENTS = 20;

/** CC addresses a ticket may have. */
export const MAX_CC = 10;
