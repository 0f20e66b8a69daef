// bench/capture.mjs — turns the PostgreSQL log of one request into its statement count and a pgbench script.
//
//   node bench/capture.mjs LOGFILE FROM_BYTE TO_BYTE DATABASE OUT.sql   → prints {"statements": N, "transactions": T}
//
// The database logs every statement (log_statement = all, set on the bench database only); a statement of the
// extended protocol is logged as "execute <name>: SQL" with its bound values in a "DETAIL:  parameters: $1 = '…'"
// line. Each statement, its values put back in, becomes one line of the pgbench script: the SQL the endpoint
// issued, in its order, with its transactions — what the database alone can do for that request.
import fs from 'node:fs';

const [file, from, to, database, out] = process.argv.slice(2);
const fd = fs.openSync(file, 'r');
const length = Number(to) - Number(from);
const buffer = Buffer.alloc(length);
fs.readSync(fd, buffer, 0, length, Number(from));
const text = buffer.toString('utf8');

// a log record starts with the timestamp of log_line_prefix (%m); continuation lines start with a tab
const records = text.split(/\n(?=\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)/);
const statements = [];
for (const record of records) {
  if (!record.includes(`@${database} `)) continue;
  const execute = record.match(/LOG: {2}execute [^:]*: ([\s\S]*)$/);
  if (execute) {
    statements.push({ sql: execute[1].replace(/\n\t/g, ' ').trim(), values: {} });
    continue;
  }
  const statement = record.match(/LOG: {2}statement: ([\s\S]*)$/);
  if (statement) {
    statements.push({ sql: statement[1].replace(/\n\t/g, ' ').trim(), values: {} });
    continue;
  }
  const detail = record.match(/DETAIL: {2}parameters: ([\s\S]*)$/);
  if (detail && statements.length) {
    for (const [, n, value] of detail[1].matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) {
      statements.at(-1).values[n] = value;
    }
  }
}
const lines = statements.map(({ sql, values }) => sql.replace(/\$(\d+)\b/g, (all, n) => values[n] ?? all) + ';');
fs.writeFileSync(out, lines.join('\n') + '\n');
const transactions = statements.filter(({ sql }) => /^(COMMIT|ROLLBACK)$/i.test(sql)).length;
const sql = statements.filter(({ sql }) => !/^(BEGIN|COMMIT|ROLLBACK|SET .*|SHOW .*)$/i.test(sql)).length;
console.log(JSON.stringify({ statements: sql, transactions }));
