import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { corpusSizeFor, DEFAULT_SEED, generateCorpus } from '../../../bench/corpus/generate-corpus';
import type { GeneratedArticle } from '../../../bench/corpus/generate-corpus';
import { benchmarkProbes } from '../../../bench/corpus/probes';
import { writeCorpus } from '../../../bench/corpus/write-corpus';
import { annotationFileSchema } from '../../../src/ingest/annotation-schema';
import { assertCoverage } from '../../../src/ingest/coverage';
import { loadResolvedAnnotation, resolveAnnotation } from '../../../src/ingest/resolve-anchors';
import { sha256Hex } from '../../../src/text/hash';
import { searchQueryTokens, toSearchTokens } from '../../../src/text';

const corpus = (statements: number, seed = DEFAULT_SEED): Generator<GeneratedArticle> =>
  generateCorpus({ seed, ...corpusSizeFor(statements) });

function fingerprint(statements: number, seed: number): string {
  const parts: string[] = [];
  for (const article of corpus(statements, seed))
    parts.push(article.text, JSON.stringify(article.annotation));
  return sha256Hex(parts.join('\u0000'));
}

describe('corpusSizeFor', () => {
  it('uses 10 statements per article at the benchmark sizes', () => {
    expect(corpusSizeFor(1000)).toEqual({ articles: 100, statementsPerArticle: 10 });
    expect(corpusSizeFor(1_000_000)).toEqual({ articles: 100_000, statementsPerArticle: 10 });
  });

  it('produces exactly articles × statementsPerArticle statements', () => {
    let statements = 0;
    for (const article of corpus(1000)) statements += article.annotation.statements.length;
    expect(statements).toBe(1000);
  });
});

describe('generateCorpus', () => {
  it('gives the same corpus for the same seed and a different one for another seed', () => {
    const first = fingerprint(1000, 7);
    expect(fingerprint(1000, 7)).toBe(first);
    expect(fingerprint(1000, 8)).not.toBe(first);
  });

  it('produces articles whose annotations pass the schema, anchoring and coverage', () => {
    let checked = 0;
    for (const { slug, text, annotation } of corpus(1000)) {
      if (checked++ === 20) break;
      expect(annotationFileSchema.parse(JSON.parse(JSON.stringify(annotation)))).toEqual(annotation);
      expect(annotation.article.contentHash).toBe(sha256Hex(text));
      const resolved = resolveAnnotation(
        annotation,
        Buffer.from(text),
        `${slug}.txt`,
        `${slug}.annotation.yaml`,
      );
      expect(() => assertCoverage(resolved)).not.toThrow();
    }
  });

  it('refers across articles only to statements of earlier articles', () => {
    const statementIds = new Map<string, Set<string>>();
    let crossArticle = 0;
    for (const { slug, annotation } of corpus(1000)) {
      for (const { from, to } of annotation.assessments) {
        for (const ref of [from, to].filter((r) => r.includes('#'))) {
          const [article = '', id = ''] = ref.split('#');
          expect(statementIds.get(article)?.has(id)).toBe(true);
          crossArticle++;
        }
      }
      statementIds.set(slug, new Set(annotation.statements.map((s) => s.id)));
    }
    expect(crossArticle).toBeGreaterThan(100);
  });

  it('has at least 150 contradictions and plenty of agreements at 1,000 statements', () => {
    const relations = { CONTRADICTS: 0, AGREES: 0 };
    for (const { annotation } of corpus(1000)) {
      for (const { relation } of annotation.assessments) {
        if (relation === 'CONTRADICTS' || relation === 'AGREES') relations[relation]++;
      }
    }
    expect(relations.CONTRADICTS).toBeGreaterThanOrEqual(150);
    expect(relations.AGREES).toBeGreaterThanOrEqual(60);
  });

  it('repeats entities, topics and outlets across articles from vocabularies of realistic size', () => {
    const entities = new Set<string>();
    const topics = new Set<string>();
    const outlets = new Set<string>();
    const owners = new Set<string>();
    for (const { annotation } of corpus(10_000)) {
      annotation.entities.forEach((e) => entities.add(e.id));
      annotation.topics.forEach((t) => topics.add(t.id));
      annotation.outlets.forEach((o) => (outlets.add(o.id), owners.add(o.owner.id)));
    }
    expect(entities.size).toBeGreaterThan(200);
    expect(topics.size).toBeGreaterThan(100);
    expect(outlets.size).toBeGreaterThanOrEqual(24);
    expect(owners.size).toBeGreaterThanOrEqual(10);
  });
});

describe('benchmarkProbes', () => {
  it.each([1000, 10_000])('matches between 10 and 1,000 statements at %i statements', (n) => {
    const probes = benchmarkProbes(n);
    const arabic = searchQueryTokens(probes.arabicSearch.query);
    const english = searchQueryTokens(probes.englishSearch.query);
    const counts = { arabic: 0, arabicUnfolded: 0, english: 0, topic: 0, entity: 0, sourceFilter: 0 };
    for (const { text, annotation } of corpus(n)) {
      const kindOf = new Map(annotation.sources.map((s) => [s.id, s.kind]));
      for (const statement of annotation.statements) {
        const tokens = new Set(toSearchTokens(statement.quote));
        if (arabic.every((t) => tokens.has(t))) counts.arabic++;
        if (statement.quote.includes(probes.arabicSearch.query)) counts.arabicUnfolded++;
        if (english.every((t) => tokens.has(t))) counts.english++;
        if (statement.topics.includes(probes.topic.id)) counts.topic++;
        if (statement.entities.includes(probes.entity.id)) counts.entity++;
        const { sourceKind, outlet } = probes.sourceFilter;
        if (annotation.article.outlet === outlet && kindOf.get(statement.source) === sourceKind) {
          counts.sourceFilter++;
        }
      }
      expect(text.length).toBeGreaterThan(0);
    }
    expect(counts.arabic).toBe(probes.arabicSearch.expectedMatches);
    expect(counts.english).toBe(probes.englishSearch.expectedMatches);
    expect(counts.topic).toBe(probes.topic.expectedMatches);
    expect(counts.entity).toBe(probes.entity.expectedMatches);
    expect(counts.arabicUnfolded).toBe(0); // only folding finds the Arabic query
    for (const count of [counts.arabic, counts.english, counts.topic, counts.entity, counts.sourceFilter]) {
      expect(count).toBeGreaterThanOrEqual(10);
      expect(count).toBeLessThanOrEqual(1000);
    }
  });

  it.each([100_000, 1_000_000])('expects between 10 and 1,000 matches at %i statements', (n) => {
    const probes = benchmarkProbes(n);
    const expected = [
      probes.arabicSearch.expectedMatches,
      probes.englishSearch.expectedMatches,
      probes.topic.expectedMatches,
      probes.entity.expectedMatches,
      probes.sourceFilter.estimatedMatches,
    ];
    for (const count of expected) {
      expect(count).toBeGreaterThanOrEqual(10);
      expect(count).toBeLessThanOrEqual(1000);
    }
  });
});

describe('writeCorpus', () => {
  it.each(['yaml', 'json'] as const)('writes %s annotations that load and resolve from disk', (format) => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-corpus-'));
    try {
      const written = writeCorpus(dir, { seed: 3, articles: 5, statementsPerArticle: 10, format });
      expect(written).toMatchObject({ articles: 5, statements: 50 });
      const files = readdirSync(dir).filter((f) => f.endsWith(`.annotation.${format}`));
      expect(files).toHaveLength(5);
      for (const file of files) {
        const resolved = loadResolvedAnnotation(join(dir, file));
        expect(resolved.kind).toBe('annotation');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// Last: exposing gc changes V8 flags for the rest of the process, which slows later tests.
describe('streaming', () => {
  it('generating 100,000 statements keeps the heap flat', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfter = (statements: number): number => {
      let seen = 0;
      for (const article of corpus(statements)) seen += article.annotation.statements.length;
      expect(seen).toBe(statements);
      gc();
      return process.memoryUsage().heapUsed;
    };
    const small = heapAfter(10_000);
    const large = heapAfter(100_000);
    // Keeping the 90,000 extra statements (text and annotation) would take well over 100 MB.
    expect(large - small).toBeLessThan(16 * 1024 * 1024);
  });
});
