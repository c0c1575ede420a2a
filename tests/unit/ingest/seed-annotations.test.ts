import { readFileSync } from 'fs';
import { resolve } from 'path';
import { findUncoveredSentences } from '../../../src/ingest/coverage';
import { loadResolvedAnnotation } from '../../../src/ingest/resolve-anchors';
import type { ResolvedAnchor, ResolvedAnnotation } from '../../../src/ingest/resolved-annotation';
import { splitSentences } from '../../../src/text/sentences';

const SEED = resolve(__dirname, '../../../seed');
// Ingest order: a file may only refer to articles before it.
const SLUGS = ['alarabiya-us-forces-iraq', 'harbor-wire-iraq-drawdown', 'al-rafid-baghdad-schedule'] as const;

function load(slug: string): ResolvedAnnotation {
  const resolved = loadResolvedAnnotation(resolve(SEED, `${slug}.annotation.yaml`));
  if (resolved.kind !== 'annotation') throw new Error(`${slug} is not a complete annotation`);
  return resolved;
}

const seeds = new Map(SLUGS.map((slug) => [slug, load(slug)]));
const seed = (slug: (typeof SLUGS)[number]): ResolvedAnnotation => seeds.get(slug) as ResolvedAnnotation;

/** Every anchor of a file with a label saying where it comes from. */
function anchorsOf(annotation: ResolvedAnnotation): [string, ResolvedAnchor][] {
  const anchors: [string, ResolvedAnchor][] = [];
  if (annotation.article.headline) anchors.push(['article.headline', annotation.article.headline]);
  annotation.statements.forEach((s) => anchors.push([`statement ${s.id}`, s.anchor]));
  annotation.sources.forEach((s) => s.mentions.forEach((m, j) => anchors.push([`source ${s.id} #${j}`, m])));
  annotation.entities.forEach((e) => e.mentions.forEach((m, j) => anchors.push([`entity ${e.id} #${j}`, m])));
  annotation.excluded.forEach((e, i) => anchors.push([`excluded ${i}`, e.anchor]));
  return anchors;
}

describe.each(SLUGS)('seed annotation %s', (slug) => {
  const annotation = seed(slug);
  const codePoints = [...annotation.article.text];

  it('is anchored in the exact bytes of its article', () => {
    const bytes = readFileSync(resolve(SEED, annotation.article.textFile));
    expect(annotation.article.text).toBe(bytes.toString('utf8'));
    expect(annotation.article.codePointLength).toBe(codePoints.length);
  });

  it('has every quote equal to the code points its span selects', () => {
    const anchors = anchorsOf(annotation);
    expect(anchors.length).toBeGreaterThan(annotation.statements.length);
    for (const [where, anchor] of anchors) {
      expect([where, codePoints.slice(anchor.start, anchor.end).join('')]).toEqual([where, anchor.quote]);
      expect(anchor.end).toBeGreaterThan(anchor.start);
    }
  });

  it('covers every sentence with a statement or an exclusion', () => {
    expect(splitSentences(annotation.article.text).length).toBeGreaterThan(6);
    expect(findUncoveredSentences(annotation).map((s) => s.text)).toEqual([]);
  });

  it('glosses every statement that is not in English', () => {
    for (const statement of annotation.statements) {
      if (statement.language !== 'en')
        expect([statement.id, statement.gloss?.language]).toEqual([statement.id, 'en']);
    }
  });

  it('refers only to statements and sources that exist in articles ingested before or with it', () => {
    const earlier = SLUGS.slice(0, SLUGS.indexOf(slug) + 1);
    const refs = [
      ...annotation.assessments.flatMap((a) => [
        { ref: a.from, kind: 'statement' },
        { ref: a.to, kind: 'statement' },
      ]),
      ...annotation.sources.flatMap((s) => s.sameAs.map((same) => ({ ref: same.ref, kind: 'source' }))),
    ];
    for (const { ref, kind } of refs) {
      expect(earlier).toContain(ref.article);
      const target = seed(ref.article as (typeof SLUGS)[number]);
      const ids = kind === 'statement' ? target.statements.map((s) => s.id) : target.sources.map((s) => s.id);
      expect(ids).toContain(ref.id);
    }
  });
});

describe('the seed annotations together', () => {
  it('define shared outlets, topics and entities the same way in every file', () => {
    const seen = new Map<string, string>();
    for (const annotation of seeds.values()) {
      const entries = [
        ...annotation.outlets.map((o) => [`outlet ${o.id}`, JSON.stringify(o)]),
        ...annotation.topics.map((t) => [`topic ${t.id}`, JSON.stringify(t)]),
        ...annotation.entities.map((e) => [`entity ${e.id}`, `${e.kind} ${e.nameEn}`]),
      ];
      for (const [key = '', value = ''] of entries) {
        expect([key, value]).toEqual([key, seen.get(key) ?? value]);
        seen.set(key, value);
      }
    }
  });

  it('records the mission example: the defense official contradicts the acceleration and the within-weeks plan', () => {
    const { statements, assessments } = seed('alarabiya-us-forces-iraq');
    const official = statements.find(
      (s) => s.anchor.quote === 'لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق',
    );
    expect(official?.mode).toBe('DIRECT_QUOTE');
    const contradicted = assessments
      .filter((a) => a.relation === 'CONTRADICTS' && a.from.id === official?.id)
      .map((a) => statements.find((s) => s.id === a.to.id)?.anchor.quote ?? '');
    expect(contradicted).toEqual(
      expect.arrayContaining([
        expect.stringContaining('أحد دوافع التسريع'),
        expect.stringContaining('ترامب يريد تنفيذ المرحلة الأولى من الانسحاب خلال الأسابيع القليلة المقبلة'),
      ]),
    );
  });

  it('records the chain of the Pentagon officials through the informed sources', () => {
    const { statements, sources } = seed('alarabiya-us-forces-iraq');
    const chained = statements.filter((s) => s.via.length > 0);
    expect(chained.map((s) => [s.source, s.via])).toContainEqual([
      'pentagon-officials',
      ['informed-sources'],
    ]);
    expect(sources.find((s) => s.id === 'pentagon-officials')?.kind).toBe('ANONYMOUS_GROUP');
  });

  it.each([
    [
      'harbor-wire-iraq-drawdown',
      'first-phase-within-weeks',
      'AGREES',
      'alarabiya-us-forces-iraq#first-phase-within-weeks',
    ],
    [
      'harbor-wire-iraq-drawdown',
      'no-posture-changes',
      'SAME_CLAIM',
      'alarabiya-us-forces-iraq#no-deployment-changes',
    ],
    ['harbor-wire-iraq-drawdown', 'isis-declined', 'AGREES', 'alarabiya-us-forces-iraq#isis-threat-declined'],
    [
      'harbor-wire-iraq-drawdown',
      'no-extension-request',
      'AGREES',
      'alarabiya-us-forces-iraq#no-extension-request',
    ],
    [
      'al-rafid-baghdad-schedule',
      'convoys-moving',
      'CONTRADICTS',
      'al-rafid-baghdad-schedule#no-moves-outside-schedule',
    ],
    [
      'al-rafid-baghdad-schedule',
      'schedule-unchanged',
      'CONTRADICTS',
      'alarabiya-us-forces-iraq#acceleration-motive',
    ],
    [
      'al-rafid-baghdad-schedule',
      'no-extension-request',
      'AGREES',
      'alarabiya-us-forces-iraq#no-extension-request',
    ],
    [
      'al-rafid-baghdad-schedule',
      'no-extension-request',
      'AGREES',
      'harbor-wire-iraq-drawdown#no-extension-request',
    ],
  ] as const)('%s records %s %s %s', (slug, from, relation, to) => {
    const pairs = seed(slug).assessments.map(
      (a) => `${a.from.article}#${a.from.id} ${a.relation} ${a.to.article}#${a.to.id}`,
    );
    expect(pairs).toContain(`${slug}#${from} ${relation} ${to}`);
  });
});

describe('regression: the al-rafid flag emoji shifts UTF-16 offsets but not code-point spans', () => {
  const annotation = seed('al-rafid-baghdad-schedule');
  const { text } = annotation.article;

  it('contains two code points outside the BMP', () => {
    const astral = [...text].filter((c) => (c.codePointAt(0) ?? 0) > 0xffff);
    expect(astral).toEqual(['🇮', '🇶']);
    expect(text.length - [...text].length).toBe(2);
  });

  it('anchors the quote holding the emoji and every span after it by code points', () => {
    const welcome = annotation.statements.find((s) => s.id === 'welcome-friends-erbil');
    expect(welcome?.anchor.quote.endsWith('🇮🇶')).toBe(true);
    const emojiAt = [...text].indexOf('🇮');
    const after = annotation.statements.filter((s) => s.anchor.start > emojiAt);
    expect(after.map((s) => s.id)).toEqual(['post-refers-to-moved-units', 'lack-of-coordination']);
    for (const statement of after) {
      const { start, quote } = statement.anchor;
      expect(text.indexOf(quote)).toBe(start + 2); // UTF-16 index: two units further on
      expect([...text].slice(start, statement.anchor.end).join('')).toBe(quote);
    }
  });

  it('keeps diacritics in quotes exactly as written', () => {
    const quote = annotation.statements.find((s) => s.id === 'not-informed-of-amendment')?.anchor.quote ?? '';
    expect(quote).toContain('يُبلَّغ');
  });
});
