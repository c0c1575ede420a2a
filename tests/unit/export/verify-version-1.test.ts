/**
 * Bundles written before version 2 still verify: the official's statement as a version 1 N-Quads
 * bundle (tests/fixtures/export-v1, exported by the version 1 exporter), read with today's verify.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyBundle } from '../../../src/export/verify';
import { reseal } from '../../support/reseal';

const FIXTURE = path.join(__dirname, '../../fixtures/export-v1/official-nquads');

function copy(name: string): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-v1-')), name);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

describe('a version 1 bundle', () => {
  it('verifies, its PROV-O content re-derived through version 1 terms', async () => {
    const report = await verifyBundle(FIXTURE);
    expect(report).toMatchObject({ ok: true, bundle: 'isnad-export-bundle/1', items: [], problems: [] });
    expect(report.itemsChecked).toBe(84);
    expect(report.spansChecked).toBe(110);
    expect(report.idsChecked).toBe(38);
  });

  it('verifies with its lines reversed (it is read as a set)', async () => {
    const dir = copy('reversed');
    const file = path.join(dir, 'export.nq');
    fs.writeFileSync(file, `${fs.readFileSync(file, 'utf8').trim().split('\n').reverse().join('\n')}\n`);
    expect(await verifyBundle(dir)).toMatchObject({ ok: true, items: [], dataBytes: 'differ' });
  });

  it('names a forged quote even with every hash recomputed', async () => {
    const dir = copy('forged');
    const file = path.join(dir, 'export.nq');
    // the statement's quote, not the article text that holds the same words
    const quote = '<https://isnad.example/ns#quote> "لا تغييرات لدينا';
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace(quote, quote.replace('تغييرات', 'تغييرا ت')),
    );
    await reseal(dir);
    const report = await verifyBundle(dir);
    expect(report.ok).toBe(false);
    expect(report.items).toEqual([
      expect.objectContaining({
        kind: 'statement',
        name: 'alarabiya-us-forces-iraq#no-deployment-changes',
        problem: 'inconsistent',
        field: 'quote',
      }),
    ]);
  });
});
