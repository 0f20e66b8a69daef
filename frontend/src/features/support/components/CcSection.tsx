import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { addCc } from '../api/add-cc';
import { removeCc } from '../api/remove-cc';
import type { Ticket } from '../api/types';
import { fieldErrors } from '../utils/problems';
import { CcEditor } from './CcEditor';

const FIELDS = ['email'] as const;

interface CcSectionProps {
  ticket: Ticket;
  onChange: (cc: string[]) => void;
}

/** Who else gets the ticket's mails; anyone who may manage them adds or removes an address at any time. */
export function CcSection({ ticket, onChange }: CcSectionProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);

  async function run(call: () => Promise<string[]>) {
    setBusy(true);
    setProblem(null);
    try {
      onChange(await call());
    } catch (e) {
      setProblem(e);
      throw e;
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="cc-heading" data-testid="cc-section">
      <h2 id="cc-heading">{t('support.cc.heading')}</h2>
      {ticket.cc.length === 0 && <p className="muted" data-testid="cc-empty">{t('support.cc.none')}</p>}
      <CcEditor
        emails={ticket.cc}
        readOnly={!ticket.actions.manageCc}
        busy={busy}
        errors={fieldErrors(problem, 'email')}
        onAdd={(email) => run(() => addCc(ticket.id, email))}
        onRemove={(email) => run(() => removeCc(ticket.id, email)).catch(() => {})}
      />
      <ProblemAlert error={problem} inlineFields={FIELDS} />
    </section>
  );
}
