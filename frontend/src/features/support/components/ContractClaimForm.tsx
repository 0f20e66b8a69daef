import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ApiProblem } from '@/lib/api';
import { useCurrentCompany } from '@/lib/current-company';
import { useCurrentUser } from '@/lib/current-user';
import { claimContract } from '../api/claim-contract';
import { useCompanyCountry } from '../api/get-company-country';
import type { SupportContract } from '../api/types';
import { fieldErrors, isProblem } from '../utils/problems';

/** The countries offered first; any other is typed as its ISO code. */
const COUNTRIES = ['PL', 'DE', 'AT', 'IT', 'FR', 'CH'] as const;
const OTHER = 'OTHER';
const DEFAULT_COUNTRY = 'PL';
const FIELDS = ['country', 'taxId', 'contractNumber', 'serialOrLicenseKey'] as const;
const CONTRACT_NUMBER = /^[A-Z][0-9]{6}$/;
/** How long submitting stays off after a 429 that did not say how long to wait. */
const DEFAULT_WAIT_SECONDS = 60;

function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

interface ContractClaimFormProps {
  /** Called with the contract once it is linked to the company. */
  onClaimed: (contract: SupportContract) => void;
  onCancel?: () => void;
}

/**
 * "Verify your account": links a support contract to the company by proving the customer's tax ID, the contract
 * number and the serial number or license key of one of its lines. The server decides; the form only hints at the
 * formats. A mismatch is answered without saying which part was wrong, and attempts are limited: after a 429 the
 * submit button stays off for as long as the server asks.
 */
export function ContractClaimForm({ onClaimed, onCancel }: ContractClaimFormProps) {
  const { t, i18n } = useTranslation();
  const ids = { country: useId(), other: useId(), taxId: useId(), contractNumber: useId(), proof: useId() };
  const companyId = useCurrentCompany()?.companyId ?? null;
  const taxIdClaim = useCurrentUser()?.taxId ?? '';
  const companyCountry = useCompanyCountry(companyId);
  const [country, setCountry] = useState<string | null>(null);
  const [otherCountry, setOtherCountry] = useState('');
  const [taxId, setTaxId] = useState(taxIdClaim);
  const [contractNumber, setContractNumber] = useState('');
  const [proof, setProof] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);

  // the company's country until the person chooses one
  const known = companyCountry.data ?? null;
  const chosen = country ?? (known ? ((COUNTRIES as readonly string[]).includes(known) ? known : OTHER) : DEFAULT_COUNTRY);
  const other = country === null && chosen === OTHER && known ? known : otherCountry;
  const countryCode = chosen === OTHER ? other.trim().toUpperCase() : chosen;

  useEffect(() => {
    if (waitUntil === null) return;
    const timer = setTimeout(() => setWaitUntil(null), Math.max(0, waitUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [waitUntil]);

  const errorsOf = (field: string) => fieldErrors(problem, field);
  const numberLooksWrong = contractNumber.trim() !== '' && !CONTRACT_NUMBER.test(contractNumber.trim());
  const complete = countryCode && taxId.trim() && contractNumber.trim() && proof.trim();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!complete || busy || waitUntil !== null) return;
    setBusy(true);
    setProblem(null);
    try {
      const contract = await claimContract({
        country: countryCode,
        taxId: taxId.trim(),
        contractNumber: contractNumber.trim(),
        serialOrLicenseKey: proof.trim(),
        ...(companyId ? { companyId } : {}),
      });
      onClaimed(contract);
    } catch (e) {
      setProblem(e);
      if (isProblem(e, 'rate-limited')) {
        setWaitUntil(Date.now() + 1000 * ((e as ApiProblem).retryAfterSeconds ?? DEFAULT_WAIT_SECONDS));
      }
    } finally {
      setBusy(false);
    }
  }

  const field = (name: string, id: string, hint: string) => {
    const errors = errorsOf(name);
    return {
      'aria-invalid': errors.length > 0 || undefined,
      'aria-describedby': `${id}-hint${errors.length > 0 ? ` ${id}-error` : ''}`,
      hint: (
        <>
          <p id={`${id}-hint`} className="muted field-hint">
            {hint}
          </p>
          {errors.length > 0 && (
            <p id={`${id}-error`} className="field-error" data-testid={`claim-${name}-error`}>
              {errors.join(' ')}
            </p>
          )}
        </>
      ),
    };
  };
  const countryField = field('country', ids.country, t('support.claim.countryHint'));
  const taxIdField = field('taxId', ids.taxId, t('support.claim.taxIdHint'));
  const numberField = field('contractNumber', ids.contractNumber, t('support.claim.contractNumberHint'));
  const proofField = field('serialOrLicenseKey', ids.proof, t('support.claim.proofHint'));

  return (
    <form className="claim-form" onSubmit={(e) => void submit(e)} noValidate data-testid="claim-form">
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={ids.country}>{t('support.claim.country')}</label>
          <select
            id={ids.country}
            value={chosen}
            onChange={(e) => setCountry(e.target.value)}
            aria-invalid={countryField['aria-invalid']}
            aria-describedby={countryField['aria-describedby']}
            data-testid="claim-country"
          >
            {COUNTRIES.map((code) => (
              <option key={code} value={code}>
                {countryName(code, i18n.language)}
              </option>
            ))}
            <option value={OTHER}>{t('support.claim.otherCountry')}</option>
          </select>
          {chosen !== OTHER && countryField.hint}
        </div>
        {chosen === OTHER && (
          <div className="form-field form-field--narrow">
            <label htmlFor={ids.other}>{t('support.claim.countryCode')}</label>
            <input
              id={ids.other}
              value={other}
              maxLength={2}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => {
                setCountry(OTHER);
                setOtherCountry(e.target.value.toUpperCase());
              }}
              aria-invalid={countryField['aria-invalid']}
              aria-describedby={countryField['aria-describedby']}
              data-testid="claim-country-other"
            />
            {countryField.hint}
          </div>
        )}
        <div className="form-field">
          <label htmlFor={ids.taxId}>{t('support.claim.taxId')}</label>
          <input
            id={ids.taxId}
            value={taxId}
            maxLength={32}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setTaxId(e.target.value)}
            aria-invalid={taxIdField['aria-invalid']}
            aria-describedby={taxIdField['aria-describedby']}
            data-testid="claim-tax-id"
          />
          {taxIdField.hint}
        </div>
      </div>
      <div className="form-row">
        <div className="form-field">
          <label htmlFor={ids.contractNumber}>{t('support.claim.contractNumber')}</label>
          <input
            id={ids.contractNumber}
            value={contractNumber}
            maxLength={7}
            autoComplete="off"
            spellCheck={false}
            placeholder="K123456"
            onChange={(e) => setContractNumber(e.target.value)}
            aria-invalid={numberField['aria-invalid']}
            aria-describedby={numberField['aria-describedby']}
            data-testid="claim-contract-number"
          />
          {numberField.hint}
          {numberLooksWrong && (
            <p className="notice-text field-hint" role="status" data-testid="claim-contract-number-format">
              {t('support.claim.contractNumberFormat')}
            </p>
          )}
        </div>
        <div className="form-field claim-form__proof">
          <label htmlFor={ids.proof}>{t('support.claim.proof')}</label>
          <input
            id={ids.proof}
            value={proof}
            maxLength={200}
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setProof(e.target.value)}
            aria-invalid={proofField['aria-invalid']}
            aria-describedby={proofField['aria-describedby']}
            data-testid="claim-proof"
          />
          {proofField.hint}
        </div>
      </div>
      <ProblemAlert error={problem} inlineFields={FIELDS} />
      <div className="button-row">
        <button
          type="submit"
          className="button button--primary"
          disabled={busy || waitUntil !== null || !complete}
          data-testid="claim-submit"
        >
          {busy ? t('support.claim.submitting') : t('support.claim.submit')}
        </button>
        {onCancel && (
          <button type="button" className="button" onClick={onCancel} data-testid="claim-cancel">
            {t('common.cancel')}
          </button>
        )}
      </div>
      {waitUntil !== null && (
        <p className="muted field-hint" data-testid="claim-wait">
          {t('support.claim.wait')}
        </p>
      )}
    </form>
  );
}
