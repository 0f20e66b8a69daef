import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { CompanyCombobox } from '@/components/CompanyCombobox';
import { EmptyState } from '@/components/EmptyState';
import { LoadMore } from '@/components/LoadMore';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import type { PagedList } from '@/lib/api/hooks';
import { countryName } from '@/lib/countries';
import { formatDate, formatInstant, formatMoney, fullName } from '@/lib/format';
import { useCustomer } from '../api/get-customer';
import { useCustomerCredit } from '../api/get-customer-credit';
import { useCustomerContracts } from '../api/list-customer-contracts';
import { useCustomerMembers } from '../api/list-customer-members';
import { useCustomerOrders } from '../api/list-customer-orders';
import { useCustomerSubscriptions } from '../api/list-customer-subscriptions';
import { useCustomerTickets } from '../api/list-customer-tickets';

interface SectionProps<T> {
  id: string;
  title: string;
  list: PagedList<T>;
  empty: string;
  head: string[];
  row: (item: T) => ReactNode;
}

/** One part of the overview: a table of its first page, more on request, its own loading and problem. */
function Section<T>({ id, title, list, empty, head, row }: SectionProps<T>) {
  return (
    <section className="card" aria-labelledby={`${id}-heading`} data-testid={`customer-${id}`}>
      <h3 id={`${id}-heading`}>{title}</h3>
      <ProblemAlert error={list.error} />
      {list.loading && list.items.length === 0 && <Loading />}
      {!list.loading && !list.error && list.items.length === 0 && <p className="muted">{empty}</p>}
      {list.items.length > 0 && (
        <ScrollBox label={title}>
          <table className="table">
            <thead>
              <tr>
                {head.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>{list.items.map(row)}</tbody>
          </table>
        </ScrollBox>
      )}
      <LoadMore hasMore={list.hasMore} loading={list.loading} onLoadMore={list.loadMore} testId={`customer-${id}-more`} />
    </section>
  );
}

/**
 * `/backoffice/customers?companyId=…`: pick a company by name or tax ID and see what it has — its details and prepaid
 * credit, subscriptions, orders, support contracts, tickets and members — each read from the customer's own endpoints.
 */
export function CustomerOverviewRoute() {
  const { t, i18n } = useTranslation();
  const lng = i18n.language;
  const [params, setParams] = useSearchParams();
  const companyId = params.get('companyId') || null;
  const company = useCustomer(companyId);
  const credit = useCustomerCredit(companyId);
  const subscriptions = useCustomerSubscriptions(companyId);
  const orders = useCustomerOrders(companyId);
  const contracts = useCustomerContracts(companyId);
  const tickets = useCustomerTickets(companyId);
  const members = useCustomerMembers(companyId);
  const c = company.data;
  // typing in the picker lets go of the company in the URL until another one is picked (its overview stays meanwhile)
  const [typing, setTyping] = useState(false);

  return (
    <section data-testid="backoffice-customers-page">
      <h2>{t('backoffice.customers.title')}</h2>
      <div className="card">
        <CompanyCombobox
          label={t('backoffice.form.company')}
          value={!typing && c && c.id === companyId ? { id: c.id, name: c.name } : null}
          onChange={(chosen) => {
            setTyping(!chosen);
            if (chosen) setParams({ companyId: chosen.id });
          }}
          testId="customer-picker"
        />
      </div>
      {!companyId && <EmptyState title={t('backoffice.customers.pick')} testId="customer-none" />}
      {companyId && <ProblemAlert error={company.error} />}
      {companyId && company.loading && !c && <Loading />}
      {c && (
        <>
          <section className="card" aria-labelledby="customer-heading" data-testid="customer-details" data-company-id={c.id}>
            <h3 id="customer-heading" data-testid="customer-name">
              {c.name}
            </h3>
            <dl className="details">
              <dt>{t('backoffice.customers.kind')}</dt>
              <dd>{t(`kinds.${c.kind}`)}</dd>
              <dt>{t('backoffice.form.country')}</dt>
              <dd>{countryName(c.country, lng)}</dd>
              <dt>{t('backoffice.customers.taxId')}</dt>
              <dd>{c.taxId ?? '—'}</dd>
              <dt>{t('backoffice.customers.address')}</dt>
              <dd>{[c.street, [c.postalCode, c.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || '—'}</dd>
              <dt>{t('backoffice.customers.credit')}</dt>
              <dd data-testid="customer-credit">
                {credit.data ? (credit.data.hasAccount ? formatMoney(credit.data.balance, lng) : t('backoffice.customers.noCredit')) : '…'}
              </dd>
            </dl>
            <ProblemAlert error={credit.error} />
          </section>
          <Section
            id="subscriptions"
            title={t('backoffice.customers.subscriptions')}
            list={subscriptions}
            empty={t('backoffice.customers.none')}
            head={[t('backoffice.customers.number'), t('backoffice.products.name'), t('backoffice.products.licenses'), t('backoffice.customers.status'), t('backoffice.customers.renewal')]}
            row={(s) => (
              <tr key={s.id} data-testid="customer-subscription" data-number={s.number}>
                <td>{s.number}</td>
                <td>{s.productName}</td>
                <td>{s.licenseQuantity}</td>
                <td>{t(`subscriptions.status.${s.status}`)}</td>
                <td>{formatDate(s.nextRenewalDate ?? s.termEnd ?? s.activationDeadline, lng)}</td>
              </tr>
            )}
          />
          <Section
            id="orders"
            title={t('backoffice.customers.orders')}
            list={orders}
            empty={t('backoffice.customers.none')}
            head={[t('backoffice.customers.number'), t('backoffice.customers.placed'), t('backoffice.customers.status'), t('backoffice.customers.total')]}
            row={(o) => (
              <tr key={o.id} data-testid="customer-order" data-number={o.number}>
                <td>{o.number}</td>
                <td>{formatInstant(o.placedAt, lng)}</td>
                <td>{t(`orders.status.${o.status}`)}</td>
                <td>{formatMoney(o.total, lng)}</td>
              </tr>
            )}
          />
          <Section
            id="contracts"
            title={t('backoffice.customers.contracts')}
            list={contracts}
            empty={t('backoffice.customers.none')}
            head={[t('backoffice.customers.number'), t('backoffice.customers.serviceLevel'), t('backoffice.customers.coverage'), t('backoffice.customers.lines')]}
            row={(k) => (
              <tr key={k.id} data-testid="customer-contract" data-number={k.number}>
                <td>{k.number}</td>
                <td>{k.serviceLevel}</td>
                <td>
                  {formatDate(k.coverageStart, lng)} – {formatDate(k.coverageEnd, lng)}
                </td>
                <td>{k.lines.length}</td>
              </tr>
            )}
          />
          <Section
            id="tickets"
            title={t('backoffice.customers.tickets')}
            list={tickets}
            empty={t('backoffice.customers.none')}
            head={[t('backoffice.customers.number'), t('support.tickets.titleColumn'), t('backoffice.customers.status'), t('support.tickets.updated')]}
            row={(tk) => (
              <tr key={tk.id} data-testid="customer-ticket" data-number={tk.number}>
                <td>{tk.number}</td>
                <td>{tk.title}</td>
                <td>{t(`support.state.${tk.state}`)}</td>
                <td>{formatInstant(tk.updatedAt, lng)}</td>
              </tr>
            )}
          />
          <Section
            id="members"
            title={t('backoffice.customers.members')}
            list={members}
            empty={t('backoffice.customers.none')}
            head={[t('backoffice.customers.person'), t('backoffice.customers.email'), t('backoffice.customers.role')]}
            row={(m) => (
              <tr key={m.userId} data-testid="customer-member" data-email={m.email}>
                <td>{fullName(m)}</td>
                <td>{m.email}</td>
                <td>{t(`roles.${m.role}`)}</td>
              </tr>
            )}
          />
        </>
      )}
    </section>
  );
}
