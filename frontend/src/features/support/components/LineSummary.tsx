import { useTranslation } from 'react-i18next';
import type { ContractLine, SupportContract } from '../api/types';

/** The line a ticket is about: "Fortinet FortiGate 60F, SN FGT60F-…" or "FortiClient EMS, key EMS-…", on contract K100200. */
export function LineSummary({ contract, line }: { contract: SupportContract; line: ContractLine }) {
  const { t } = useTranslation();
  const device = line.kind === 'DEVICE';
  return (
    <dl className="details line-summary" data-testid="ticket-line" data-line-id={line.id} data-kind={line.kind}>
      <dt>{t('support.line.contract')}</dt>
      <dd>
        {contract.number} · {contract.customerName}
      </dd>
      <dt>{device ? t('support.line.device') : t('support.line.software')}</dt>
      <dd data-testid="ticket-line-name">{device ? [line.maker, line.model].filter(Boolean).join(' ') : line.productName}</dd>
      <dt>{device ? t('support.line.serial') : t('support.line.key')}</dt>
      <dd>
        <code className="license-key" data-testid="ticket-line-identifier">
          {device ? line.serialNumber : line.licenseKey}
        </code>
      </dd>
    </dl>
  );
}
