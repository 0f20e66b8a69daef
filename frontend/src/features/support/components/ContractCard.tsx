import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ScrollBox } from '@/components/ScrollBox';
import { formatDate } from '@/lib/format';
import type { SupportContract } from '../api/types';
import { lineIdentifier, lineName, newTicketPath } from '../utils/line';

/** A support contract: number, customer, service level, coverage, and its lines, each with "New ticket" while it is active. */
export function ContractCard({ contract: c }: { contract: SupportContract }) {
  const { t, i18n } = useTranslation();
  const headingId = `contract-${c.id}`;
  return (
    <section className="card contract" aria-labelledby={headingId} data-testid="contract" data-number={c.number} data-active={c.active}>
      <div className="page__header">
        <h3 id={headingId} className="contract__number">
          {t('support.contracts.number', { number: c.number })}
        </h3>
        <span className={c.active ? 'badge badge--active' : 'badge badge--ended'} data-testid="contract-active">
          {c.active ? t('support.contracts.active') : t('support.contracts.expired')}
        </span>
      </div>
      <dl className="details contract__details">
        <dt>{t('support.contracts.customer')}</dt>
        <dd data-testid="contract-customer">
          {c.customerName} <span className="muted">({t('support.contracts.taxId', { taxId: c.customerTaxId })})</span>
        </dd>
        <dt>{t('support.contracts.serviceLevel')}</dt>
        <dd>{c.serviceLevel}</dd>
        <dt>{t('support.contracts.coverage')}</dt>
        <dd>
          {t('support.contracts.coverageRange', { start: formatDate(c.coverageStart, i18n.language), end: formatDate(c.coverageEnd, i18n.language) })}
        </dd>
      </dl>
      <ScrollBox label={c.number}>
        <table className="table contract__lines">
          <caption className="visually-hidden">{t('support.contracts.linesCaption', { number: c.number })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('support.contracts.lineNo')}</th>
              <th scope="col">{t('support.contracts.item')}</th>
              <th scope="col">{t('support.contracts.identifier')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('support.contracts.lineActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {c.lines.map((line) => (
              <tr
                key={line.id}
                data-testid="contract-line"
                data-line-id={line.id}
                data-kind={line.kind}
                data-serial={line.serialNumber ?? undefined}
                data-license-key={line.licenseKey ?? undefined}
              >
                <td>{line.lineNo}</td>
                <td>
                  {lineName(line)}
                  <div className="muted field-hint">{t(`support.lineKind.${line.kind}`)}</div>
                </td>
                <td>
                  <span className="muted">{line.kind === 'DEVICE' ? t('support.line.serialShort') : t('support.line.keyShort')}</span>{' '}
                  <code className="license-key">{lineIdentifier(line)}</code>
                </td>
                <td className="table__actions">
                  {c.active && (
                    <Link
                      to={newTicketPath(c.id, line.id)}
                      className="button"
                      aria-label={t('support.contracts.newTicketFor', { item: lineName(line), identifier: lineIdentifier(line) })}
                      data-testid={`new-ticket-${line.id}`}
                      data-line-id={line.id}
                    >
                      {t('support.contracts.newTicket')}
                    </Link>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
