import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BundleManifest } from '../../../src/export/manifest';
import { checkExtractions } from '../../../src/export/verify-extraction';
import type { RetrievalReplay } from '../../../src/export/verify-retrieval';
import { extractArticle } from '../../../src/intake/extract-article';
import { extractorVersions } from '../../../src/intake/versions';
import { sha256Hex } from '../../../src/text/hash';

const PAGE = Buffer.from(
  '<!doctype html><html><body><article><h1>Bridge closed</h1>' +
    '<p>The council voted on Monday to close the bridge to lorries after engineers found cracks in two piers.</p>' +
    '</article></body></html>',
);
const OTHER = Buffer.from('<html><body><p>another page, carried but used by nothing here</p></body></html>');

/** A bundle directory holding these raw pages, and the manifest that lists them. */
function bundleWith(pages: Buffer[]): { dir: string; manifest: BundleManifest } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-extractions-'));
  fs.mkdirSync(path.join(dir, 'artifacts', 'sha256'), { recursive: true });
  const artifacts = pages.map((bytes) => {
    const sha256 = sha256Hex(bytes);
    fs.writeFileSync(path.join(dir, 'artifacts', 'sha256', sha256), bytes);
    return { sha256, byteLength: bytes.byteLength, file: `artifacts/sha256/${sha256}` };
  });
  return { dir, manifest: { artifacts } as BundleManifest };
}

const replay = (overrides: Partial<RetrievalReplay> = {}): RetrievalReplay => {
  const installed = extractorVersions();
  return {
    id: 'act_1',
    rawSha256: sha256Hex(PAGE),
    textSha256: sha256Hex(extractArticle(PAGE.toString('utf8'), null).text),
    contentType: 'text/html; charset=utf-8',
    baseUrl: 'https://example.org/bridge',
    extractor: installed.name,
    extractorVersion: installed.version,
    domVersion: installed.dom.version,
    ...overrides,
  };
};

describe('re-running an intake from the raw page a bundle carries', () => {
  it('gives the recorded text again, and names a retrieval whose recorded text is another', async () => {
    const { dir, manifest } = bundleWith([PAGE]);
    expect(await checkExtractions(dir, manifest, [replay()])).toEqual({
      checked: 1,
      notRerun: [],
      failures: [],
      problems: [],
    });
    const forged = await checkExtractions(dir, manifest, [replay({ textSha256: '0'.repeat(64) })]);
    expect(forged.failures).toEqual([
      {
        id: 'act_1',
        field: 'textSha256',
        detail: expect.stringMatching(
          /^is 0{64}; re-running the extraction on its raw page gives text [0-9a-f]{64}$/,
        ),
      },
    ]);
  });

  it('does not re-run an extraction made by other versions, nor one whose page is not carried, and says so', async () => {
    const { dir, manifest } = bundleWith([PAGE]);
    const report = await checkExtractions(dir, manifest, [
      replay({ extractorVersion: '0.5.0' }),
      replay({ id: 'act_2', rawSha256: 'a'.repeat(64) }),
    ]);
    expect(report.checked).toBe(0);
    expect(report.failures).toEqual([]);
    expect(report.notRerun).toEqual([
      `act_2: its raw page (sha256 ${'a'.repeat(64)}) is not in the bundle`,
      expect.stringMatching(
        /^act_1: extracted by @mozilla\/readability 0\.5\.0 over linkedom .*; this verifier has /,
      ),
    ]);
  });

  it('refuses a carried page that is not the bytes its name says, or that no retrieval used', async () => {
    const { dir, manifest } = bundleWith([PAGE, OTHER]);
    fs.appendFileSync(path.join(dir, manifest.artifacts![0]!.file), ' ');
    const report = await checkExtractions(dir, manifest, [replay()]);
    expect(report.problems).toEqual([
      expect.stringMatching(
        /^raw page artifacts\/sha256\/[0-9a-f]{64} hashes to [0-9a-f]{64}, the manifest lists/,
      ),
      `raw page ${sha256Hex(OTHER)} is carried, but no retrieval in the data used it`,
    ]);
  });
});
