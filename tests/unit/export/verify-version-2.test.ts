/**
 * Web Annotation and ClaimReview bundles of version 2 still verify: the official's statement in
 * both formats (tests/fixtures/export-v2, exported by the version 2 exporter), read with today's
 * verify. Their data carries no id parts, so their ids are not re-derived; their selectors and
 * claims are still checked against the carried texts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { verifyBundle } from '../../../src/export/verify';
import { reseal } from '../../support/reseal';

const FIXTURES = path.join(__dirname, '../../fixtures/export-v2');

describe('a version 2 bundle', () => {
  it.each(['official-web-annotation', 'official-claimreview'])('%s verifies', async (name) => {
    const report = await verifyBundle(path.join(FIXTURES, name));
    expect(report).toMatchObject({ ok: true, bundle: 'isnad-export-bundle/2', items: [], problems: [] });
    expect(report.spansChecked).toBe(6);
    expect(report.idsChecked).toBe(0);
  });

  it('still names a forged selector with every hash recomputed', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-v2-')), 'forged');
    fs.cpSync(path.join(FIXTURES, 'official-web-annotation'), dir, { recursive: true });
    const file = path.join(dir, 'export.annotations.jsonld');
    const exact = '"exact": "لا تغييرات لدينا';
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace(exact, exact.replace('تغييرات', 'تغييرا ت')),
    );
    await reseal(dir);
    const report = await verifyBundle(dir);
    expect(report.items).toEqual([
      expect.objectContaining({ problem: 'inconsistent', field: 'selector.exact' }),
    ]);
  });
});
