import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '@/components/ProblemAlert';
import { ScrollBox } from '@/components/ScrollBox';
import { ApiProblem } from '@/lib/api';
import { IMPORT_MODES, type ImportMode, type SeatImportResult } from '../api/types';
import { failedRowsOf, rowFields, rowsOfResult, type ImportRowView } from '../utils/importRows';

const COLUMNS: readonly string[] = ['email', 'validFrom', 'validUntil'];

interface SeatImportFormProps {
  onImport: (csv: string, mode: ImportMode) => Promise<SeatImportResult>;
}

/** A file's text; FileReader where Blob.text() is missing. */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

/**
 * Bulk assignment from a CSV file (`email,validFrom,validUntil`). All or nothing writes nothing when a row fails
 * and lists the failing rows from the 422's `rows[N].field` errors; best effort writes the good rows and reports
 * every row's outcome.
 */
export function SeatImportForm({ onImport }: SeatImportFormProps) {
  const { t } = useTranslation();
  const fileId = useId();
  const modeId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [fileInputKey, setFileInputKey] = useState(0);
  const [mode, setMode] = useState<ImportMode>('ALL_OR_NOTHING');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<unknown>(null);
  const [result, setResult] = useState<SeatImportResult | null>(null);

  const apiProblem = problem instanceof ApiProblem ? problem : null;
  const fileErrors = apiProblem?.status === 422 ? apiProblem.fieldMessages('file') : [];
  const rows: ImportRowView[] = result ? rowsOfResult(result) : apiProblem?.status === 422 ? failedRowsOf(apiProblem) : [];
  /** The file's columns in the person's language; anything else as the server named it. */
  const columnName = (field: string) => (COLUMNS.includes(field) ? t(`seats.import.fields.${field}`) : field);
  const inline = apiProblem ? ['file', ...rowFields(apiProblem)] : ['file'];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setProblem(null);
    setResult(null);
    try {
      const answer = await onImport(await readText(file), mode);
      setResult(answer);
      setFile(null);
      setFileInputKey((k) => k + 1);
    } catch (e) {
      setProblem(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="seat-import-heading" className="card seat-import" data-testid="seat-import">
      <h2 id="seat-import-heading">{t('seats.import.heading')}</h2>
      <p className="muted">{t('seats.import.intro')}</p>
      <pre className="seat-import__sample">{'email,validFrom,validUntil\nanna@example.com,2026-12-01,2027-05-31\nben@example.com,,'}</pre>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ProblemAlert error={problem} inlineFields={inline} />
        <div className="form-row">
          <div className="form-field">
            <label htmlFor={fileId}>{t('seats.import.file')}</label>
            <input
              key={fileInputKey}
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              aria-invalid={fileErrors.length > 0 || undefined}
              aria-describedby={fileErrors.length > 0 ? `${fileId}-error` : undefined}
              data-testid="seat-import-file"
            />
            {fileErrors.length > 0 && (
              <p id={`${fileId}-error`} className="field-error" data-testid="seat-import-file-error">
                {t('seats.import.fileError', { message: fileErrors.join(' ') })}
              </p>
            )}
          </div>
          <div className="form-field">
            <label htmlFor={modeId}>{t('seats.import.mode')}</label>
            <select id={modeId} value={mode} onChange={(e) => setMode(e.target.value as ImportMode)} data-testid="seat-import-mode">
              {IMPORT_MODES.map((m) => (
                <option key={m} value={m}>
                  {t(`seats.import.modes.${m}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-field form-field--button">
            <button type="submit" className="button button--primary" disabled={!file || busy} data-testid="seat-import-submit">
              {busy ? t('seats.import.uploading') : t('seats.import.submit')}
            </button>
          </div>
        </div>
      </form>
      {result && (
        <p className={result.failed > 0 ? 'notice-text' : 'success'} role="status" data-testid="seat-import-summary">
          {t('seats.import.summary', { created: result.created, failed: result.failed })}
        </p>
      )}
      {rows.length > 0 && (
        <ScrollBox label={t('seats.import.heading')}>
          <table className="table seat-import__rows" data-testid="seat-import-rows">
            <caption className="visually-hidden">{t('seats.import.rowsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('seats.import.row')}</th>
                <th scope="col">{t('seats.import.email')}</th>
                <th scope="col">{t('seats.import.outcome')}</th>
                <th scope="col">{t('seats.import.errors')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.row} data-testid="seat-import-row" data-row={r.row} data-outcome={r.outcome}>
                  <td className="table__number">{r.row}</td>
                  <td>{r.email ?? ''}</td>
                  <td>
                    <span className={`badge badge--outcome-${r.outcome.toLowerCase().replace(/_/g, '-')}`}>
                      {t(`seats.import.outcomes.${r.outcome}`)}
                    </span>
                  </td>
                  <td>
                    {r.errors.length > 0 && (
                      <ul className="seat-import__errors">
                        {r.errors.map((e) => (
                          <li key={`${e.field}:${e.message}`}>
                            {e.field && <strong>{columnName(e.field)}</strong>}
                            {e.field && ': '}
                            {e.message}
                          </li>
                        ))}
                      </ul>
                    )}
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
