import type { ApiProblem, FieldError } from '@/lib/api';
import type { ImportOutcome, SeatImportResult } from '../api/types';

/** One line of the file as the result table shows it. */
export interface ImportRowView {
  /** The line number in the file (the header is line 1). */
  row: number;
  email: string | null;
  outcome: ImportOutcome;
  errors: FieldError[];
}

/** `rows[3].email` (possibly behind a prefix such as `importCsv.rows[3].email`) -> line 3, field `email`. */
const ROW_FIELD = /(?:^|\.)rows\[(\d+)\]\.?(.*)$/;

/** The rows of a 200 answer (best effort, or all or nothing when every row worked). */
export function rowsOfResult(result: SeatImportResult): ImportRowView[] {
  return result.rows.map((r) => ({ row: r.row, email: r.email ?? null, outcome: r.outcome, errors: r.errors }));
}

/**
 * The failing rows of a 422 for an all-or-nothing upload, one entry per line with that line's errors (the field
 * without its `rows[N].` prefix), in line order. Errors that name no row (such as `file`) are left out.
 */
export function failedRowsOf(problem: ApiProblem): ImportRowView[] {
  const byRow = new Map<number, FieldError[]>();
  for (const error of problem.errors) {
    const match = ROW_FIELD.exec(error.field);
    if (!match) continue;
    const row = Number(match[1]);
    const errors = byRow.get(row) ?? [];
    errors.push({ field: match[2] || '', message: error.message });
    byRow.set(row, errors);
  }
  return [...byRow.entries()]
    .sort(([a], [b]) => a - b)
    .map(([row, errors]) => ({ row, email: null, outcome: 'FAILED' as const, errors }));
}

/** The fields of a problem that name a row, for ProblemAlert to leave to the table. */
export function rowFields(problem: ApiProblem): string[] {
  return problem.errors.filter((e) => ROW_FIELD.test(e.field)).map((e) => e.field);
}
