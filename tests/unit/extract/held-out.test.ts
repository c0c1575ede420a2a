import { readFileSync } from 'fs';
import { resolve } from 'path';
import { findUncoveredSentences } from '../../../src/ingest/coverage';
import { loadResolvedAnnotation } from '../../../src/ingest/resolve-anchors';
import { sha256Hex } from '../../../src/text/hash';

const DIR = resolve(__dirname, '../../../eval/held-out');

describe('held-out evaluation article (synthetic)', () => {
  const resolved = loadResolvedAnnotation(resolve(DIR, 'sahil-port-strike.annotation.yaml'));

  it('resolves: schema, anchors and references all hold', () => {
    expect(resolved.kind).toBe('annotation');
    if (resolved.kind !== 'annotation') return;
    expect(resolved.statements).toHaveLength(12);
    const chars = [...resolved.article.text];
    for (const s of resolved.statements)
      expect(chars.slice(s.anchor.start, s.anchor.end).join('')).toBe(s.anchor.quote);
    expect(findUncoveredSentences(resolved)).toEqual([]);
  });

  it('records the sha256 of the article bytes', () => {
    expect(resolved.article.contentHash).toBe(
      sha256Hex(readFileSync(resolve(DIR, 'sahil-port-strike.ar.txt'))),
    );
  });

  it('is marked synthetic in its README', () => {
    expect(readFileSync(resolve(DIR, 'README.md'), 'utf8')).toMatch(/\*\*synthetic\*\*/);
  });
});
