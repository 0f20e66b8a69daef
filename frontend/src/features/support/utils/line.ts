import type { ContractLine } from '../api/types';

/** What the line is: "Fortinet FortiGate 60F" for a device, the product name for software. */
export function lineName(line: ContractLine): string {
  if (line.kind === 'DEVICE') return [line.maker, line.model].filter(Boolean).join(' ');
  return line.productName ?? '';
}

/** Which one it is: the device's serial number or the software's license key (dashes kept). */
export function lineIdentifier(line: ContractLine): string {
  return (line.kind === 'DEVICE' ? line.serialNumber : line.licenseKey) ?? '';
}

/** Where "New ticket" leads for a line: the form, told the contract too so that it need not search for the line. */
export function newTicketPath(contractId: string, lineId: string): string {
  return `/support/tickets/new?${new URLSearchParams({ lineId, contractId })}`;
}
