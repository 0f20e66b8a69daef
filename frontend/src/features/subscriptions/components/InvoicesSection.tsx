import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '@/components/EmptyState';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { saveBlob } from '@/lib/download';
import { formatDate, formatMoney } from '@/lib/format';
import { getInvoicePdf } from '../api/get-invoice-pdf';
import { useInvoices } from '../api/list-invoices';
import type { Invoice } from '../api/types';

/** A file name from an invoice number, without characters file systems refuse. */
function pdfFileName(invoice: Invoice): string {
  return `${invoice.number.replace(/[\\/:*?"<>|\s]+/g, '_')}.pdf`;
}

/** The subscription's invoices, newest first, each downloadable as a PDF through the authenticated client. */
export function InvoicesSection({ subscriptionId }: { subscriptionId: string }) {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const invoices = useInvoices(subscriptionId);
  const [downloading, setDownloading] = useState<string | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  async function download(invoice: Invoice) {
    setDownloading(invoice.id);
    setProblem(null);
    try {
      saveBlob(await getInvoicePdf(subscriptionId, invoice.id), pdfFileName(invoice));
    } catch (e) {
      setProblem(e);
    } finally {
      setDownloading(null);
    }
  }

  const list = invoices.data;
  return (
    <section aria-labelledby="invoices-heading" className="card" data-testid="invoices-section">
      <h2 id="invoices-heading">{t('subscriptions.invoices.heading')}</h2>
      <ProblemAlert error={invoices.error} />
      <ProblemAlert error={problem} onDismiss={() => setProblem(null)} />
      {invoices.loading && !list && <Loading />}
      {list && list.length === 0 && <EmptyState title={t('subscriptions.invoices.empty')} testId="invoices-empty" />}
      {list && list.length > 0 && (
        <ScrollBox label={t('subscriptions.invoices.heading')}>
          <table className="table" data-testid="invoices-table">
            <thead>
              <tr>
                <th scope="col">{t('subscriptions.invoices.number')}</th>
                <th scope="col">{t('subscriptions.invoices.issued')}</th>
                <th scope="col">{t('subscriptions.invoices.period')}</th>
                <th scope="col">{t('subscriptions.invoices.poNumber')}</th>
                <th scope="col" className="table__number">
                  {t('subscriptions.invoices.net')}
                </th>
                <th scope="col" className="table__number">
                  {t('subscriptions.invoices.tax')}
                </th>
                <th scope="col" className="table__number">
                  {t('subscriptions.invoices.total')}
                </th>
                <th scope="col">
                  <span className="visually-hidden">{t('subscriptions.invoices.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((invoice) => (
                <tr key={invoice.id} data-testid="invoice-row" data-number={invoice.number}>
                  <td>{invoice.number}</td>
                  <td>{formatDate(invoice.issueDate, lng)}</td>
                  <td>
                    {t('subscriptions.invoices.periodRange', {
                      start: formatDate(invoice.periodStart, lng),
                      end: formatDate(invoice.periodEnd, lng),
                    })}
                  </td>
                  <td>{invoice.poNumber ?? ''}</td>
                  <td className="table__number" data-testid="invoice-net">
                    {formatMoney(invoice.net, lng)}
                  </td>
                  <td className="table__number" data-testid="invoice-tax">
                    {formatMoney(invoice.tax, lng)}
                  </td>
                  <td className="table__number" data-testid="invoice-total">
                    {formatMoney(invoice.total, lng)}
                  </td>
                  <td className="table__actions">
                    <button
                      type="button"
                      className="button"
                      disabled={downloading === invoice.id}
                      onClick={() => void download(invoice)}
                      aria-label={t('subscriptions.invoices.downloadLabel', { number: invoice.number })}
                      data-testid="invoice-download"
                    >
                      {downloading === invoice.id ? t('subscriptions.invoices.downloading') : t('subscriptions.invoices.download')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollBox>
      )}
    </section>
  );
}
