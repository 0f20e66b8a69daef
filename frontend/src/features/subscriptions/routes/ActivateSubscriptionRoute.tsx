import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { isSupportedLanguage, type Language } from '@/lib/config';
import { formatDate } from '@/lib/format';
import { activateSubscription } from '../api/activate-subscription';
import { useAgreement } from '../api/get-agreement';
import { useSubscription } from '../api/get-subscription';
import type { Subscription } from '../api/types';
import { AgreementView } from '../components/AgreementView';
import { StatusBadge } from '../components/StatusBadge';

/** Today as an ISO date in the browser's time zone, to compare with calendar dates from the server. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Why a subscription cannot be activated by this person now. */
function NotActivatable({ subscription: s }: { subscription: Subscription }) {
  const { t, i18n } = useTranslation();
  const deadline = formatDate(s.activationDeadline, i18n.language);
  let reason: string;
  let text: string;
  if (s.status === 'ACTIVE' || s.status === 'NON_RENEWING') {
    reason = 'already-active';
    text = t('subscriptions.activate.alreadyActive');
  } else if (s.status === 'LAPSED') {
    reason = 'lapsed';
    text = t('subscriptions.activate.lapsed', { date: deadline });
  } else if (s.status === 'ENDED') {
    reason = 'ended';
    text = t('subscriptions.activate.ended');
  } else if (s.activationDeadline < today()) {
    reason = 'window-closed';
    text = t('subscriptions.activate.windowClosed', { date: deadline });
  } else {
    reason = 'not-admin';
    text = t('subscriptions.activate.notAdmin', { email: s.admin.email, date: deadline });
  }
  return (
    <div className="card" data-testid="activation-not-possible" data-reason={reason}>
      <p>{text}</p>
      <Link to={`/subscriptions/${s.id}`} className="button" data-testid="activation-to-manage">
        {t('subscriptions.activate.toManage')}
      </Link>
    </div>
  );
}

/**
 * `/subscriptions/:id/activate` (the activation mail links here): the subscription admin reads the
 * current agreement in the UI language and activates by accepting exactly that version.
 */
export function ActivateSubscriptionRoute() {
  const { t, i18n } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const language: Language = isSupportedLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const subscription = useSubscription(id);
  const s = subscription.data?.subscription;
  const canActivate = s?.actions.activate === true;
  const agreement = useAgreement(canActivate ? s.id : null, language);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  async function activate() {
    const current = agreement.data;
    if (!s || !current) return;
    setBusy(true);
    setProblem(null);
    try {
      await activateSubscription(s.id, {
        agreementVersion: current.version,
        language: isSupportedLanguage(current.language) ? current.language : language,
      });
      navigate(`/subscriptions/${s.id}`, { state: { activated: s.number } });
    } catch (e) {
      setProblem(e);
      // a newer version was published while the person was reading: show it to them
      if (e instanceof ApiProblem && e.slug === 'agreement-changed') agreement.reload();
      // the state may have changed (window closed, already activated): ask the server again
      if (e instanceof ApiProblem && e.status === 409 && e.slug !== 'agreement-changed') subscription.reload();
      setBusy(false);
    }
  }

  return (
    <section className="page" data-testid="activate-page">
      <p>
        <Link to="/subscriptions">{t('subscriptions.backToList')}</Link>
      </p>
      <h1>{t('subscriptions.activate.heading')}</h1>
      <ProblemAlert error={subscription.error} />
      {subscription.loading && !s && <Loading />}
      {s && (
        <>
          <div className="card" data-testid="activate-subscription">
            <dl className="details">
              <dt>{t('subscriptions.details.product')}</dt>
              <dd data-testid="subscription-product">{s.productName}</dd>
              <dt>{t('subscriptions.details.number')}</dt>
              <dd data-testid="subscription-number">{s.number}</dd>
              <dt>{t('subscriptions.details.status')}</dt>
              <dd>
                <StatusBadge status={s.status} />
              </dd>
              {s.status === 'PENDING_ACTIVATION' && (
                <>
                  <dt>{t('subscriptions.details.activationDeadline')}</dt>
                  <dd>{formatDate(s.activationDeadline, i18n.language)}</dd>
                </>
              )}
            </dl>
          </div>
          {!canActivate && <NotActivatable subscription={s} />}
          {canActivate && (
            <div className="card">
              <ProblemAlert error={problem} />
              <ProblemAlert error={agreement.error} />
              {agreement.loading && !agreement.data && <Loading />}
              {agreement.data && (
                <>
                  {agreement.data.language !== language && (
                    <p className="muted" data-testid="agreement-fallback">
                      {t('subscriptions.agreement.fallback', { language: t(`languages.${agreement.data.language}`, agreement.data.language) })}
                    </p>
                  )}
                  <AgreementView agreement={agreement.data} />
                  <p>{t('subscriptions.activate.acceptNote', { version: agreement.data.version })}</p>
                  <button
                    type="button"
                    className="button button--primary"
                    disabled={busy || agreement.loading}
                    onClick={() => void activate()}
                    data-testid="activate-submit"
                  >
                    {busy ? t('subscriptions.activate.activating') : t('subscriptions.activate.submit')}
                  </button>
                </>
              )}
            </div>
          )}
        </>
      )}
    </section>
  );
}
