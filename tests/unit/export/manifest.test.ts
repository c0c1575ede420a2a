import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readManifest } from '../../../src/export/manifest';

const valid = {
  bundle: 'isnad-export-bundle/2',
  format: 'web-annotation',
  scope: { kind: 'all' },
  dataFile: 'export.annotations.jsonld',
  itemsFile: 'items.tsv',
  rootHash: '0'.repeat(64),
  itemsSha256: '0'.repeat(64),
  dataSha256: '0'.repeat(64),
  articles: [{ id: 'art_1', contentHash: 'h', textFile: 'texts/art_1.txt' }],
};

function manifestIn(content: unknown): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-manifest-'));
  fs.writeFileSync(
    path.join(dir, 'manifest.json'),
    typeof content === 'string' ? content : JSON.stringify(content),
  );
  return dir;
}

describe('reading a bundle manifest', () => {
  it('reads versions 3, 2 and 1', () => {
    expect(readManifest(manifestIn({ ...valid, bundle: 'isnad-export-bundle/3' })).bundle).toBe(
      'isnad-export-bundle/3',
    );
    expect(readManifest(manifestIn(valid)).bundle).toBe('isnad-export-bundle/2');
    const { articles: _articles, ...rest } = valid;
    const v1 = { ...rest, bundle: 'isnad-export-bundle/1', articles: [{ id: 'art_1', contentHash: 'h' }] };
    expect(readManifest(manifestIn(v1)).bundle).toBe('isnad-export-bundle/1');
  });

  it.each([
    ['not JSON', '{', /is not JSON/],
    ['not an object', '[]', /a JSON object is expected/],
    ['another version', { ...valid, bundle: 'isnad-export-bundle/9' }, /not an isnad-export-bundle\/3/],
    ['no root hash', { ...valid, rootHash: undefined }, /'rootHash' is missing/],
    [
      'a data file in another folder',
      { ...valid, dataFile: '../export.nq' },
      /'dataFile' must be a file name/,
    ],
    [
      'a text outside the bundle',
      { ...valid, articles: [{ id: 'art_1', contentHash: 'h', textFile: '../../etc/passwd' }] },
      /articles\[0\]\.textFile '..\/..\/etc\/passwd' must be a path inside the bundle/,
    ],
    [
      'an article without its hash',
      { ...valid, articles: [{ id: 'art_1' }] },
      /articles\[0\] needs an id and a contentHash/,
    ],
    [
      'a context without its sha256',
      { ...valid, context: { url: 'https://x/c.jsonld', file: 'contexts/c.jsonld' } },
      /'context' needs a url, a file and a sha256/,
    ],
  ])('refuses a manifest with %s, saying what is wrong', (_what, content, message) => {
    expect(() => readManifest(manifestIn(content))).toThrow(message);
  });
});
