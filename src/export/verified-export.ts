/**
 * One statement exported as a bundle into a temporary directory, verified there as
 * `isnad verify` would, and read back: what the page's export button shows. Nothing stays on
 * disk afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphExecutor } from '../graph/executor';
import { writeBundle } from './bundle';
import type { ExportFormat } from './format';
import { DATA_FILE, MEDIA_TYPE } from './formats';
import { verifyBundle } from './verify';

export interface VerifiedExport {
  format: ExportFormat;
  mediaType: string;
  fileName: string;
  data: string;
  itemCount: number;
  rootHash: string;
  verification: { ok: boolean; itemsChecked: number; problems: string[] };
}

/** Throws ExportScopeError (from the scope) when `ref` names no statement. */
export async function exportStatementVerified(
  executor: GraphExecutor,
  ref: string,
  format: ExportFormat,
  baseIri: string,
): Promise<VerifiedExport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-export-'));
  try {
    const bundle = path.join(dir, 'bundle');
    const manifest = await writeBundle(executor, bundle, {
      format,
      scope: { kind: 'statement', ref },
      baseIri,
    });
    const report = await verifyBundle(bundle);
    const problems = [
      ...report.items.map(
        (item) =>
          `${item.problem} ${item.kind} ${item.id}${item.name ? ` (${item.name})` : ''}` +
          `${item.field ? ` ${item.field}: ${item.detail ?? ''}` : ''}`,
      ),
      ...report.problems,
    ];
    return {
      format,
      mediaType: MEDIA_TYPE[format],
      fileName: DATA_FILE[format],
      data: fs.readFileSync(path.join(bundle, manifest.dataFile), 'utf8'),
      itemCount: manifest.itemCount,
      rootHash: manifest.rootHash,
      verification: { ok: report.ok, itemsChecked: report.itemsChecked, problems },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
