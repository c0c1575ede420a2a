import path from 'node:path';
import type { Command } from 'commander';
import { verifyBundle } from '../../export/verify';
import type { VerifyReport } from '../../export/verify';

function printReport(dir: string, report: VerifyReport): void {
  const out: string[] = [
    `verify ${dir}: ${report.bundle}, ${report.format}, ${report.itemsChecked} items read ${report.order}`,
  ];
  for (const item of report.items) {
    const name = item.name !== undefined ? ` (${item.name})` : '';
    const field = item.field !== undefined ? ` ${item.field}: ${item.detail ?? ''}` : '';
    out.push(`${item.problem.toUpperCase()} ${item.kind} ${item.id}${name}${field}`);
  }
  for (const problem of report.problems) out.push(`FAILED ${problem}`);
  if (report.dataBytes === 'differ')
    out.push(
      'note: the data file is not byte for byte as exported (reordered or re-serialised); its content is what is checked',
    );
  for (const note of report.extractionsNotRerun) out.push(`note: extraction not re-run for ${note}`);
  out.push(`signature: ${report.signature}`);
  out.push(
    report.ok
      ? `OK: every item hash, the root hash, ${report.articlesChecked} article text(s), ` +
          `${report.spansChecked} span(s) against the text, ${report.idsChecked} id(s)` +
          `${report.extractionsChecked > 0 ? `, ${report.extractionsChecked} extraction(s) re-run on their raw page` : ''}` +
          ' and the files match'
      : `FAILED: ${report.items.length} item(s) and ${report.problems.length} other problem(s)`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

export function registerVerify(program: Command): void {
  program
    .command('verify')
    .description(
      're-derive an export bundle from its data (spans against the article text, ids, item hashes, root, signature) and name each item and field that differs (exit 1 on any difference)',
    )
    .argument('<bundle>', 'the bundle directory')
    .option('--key <pem>', 'Ed25519 public key to check the manifest signature with')
    .option('--json', 'print the report as JSON')
    .action(async (bundle: string, options: { key?: string; json?: boolean }) => {
      const dir = path.resolve(bundle);
      const report = await verifyBundle(dir, options.key && path.resolve(options.key));
      if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else printReport(bundle, report);
      if (!report.ok) process.exitCode = 1;
    });
}
