/**
 * The forgery suite of `isnad verify` (issue 18): a forger who edits the data and then recomputes
 * every hash — the item's, items.tsv, the root and the manifest — leaves an unsigned bundle whose
 * hashes all agree; verify must still name the item and the field, by re-deriving them from the
 * bundle (quotes and selectors against the carried text, ids from their parts). And the opposite:
 * the same RDF in another order or another serialisation is the same bundle and verifies.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeBundle } from '../../../src/export/bundle';
import type { ExportFormat } from '../../../src/export/format';
import { generateSigningKeys } from '../../../src/export/signature';
import { verifyBundle } from '../../../src/export/verify';
import { ingestFiles } from '../../../src/ingest/ingest-files';
import { isnadTool } from '../../../src/ingest/tool-info';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { ensureJena, riotConvert } from '../../support/jena';
import { reseal, sha256 } from '../../support/reseal';
import { FIXTURES_DIR, ingestSeed } from '../../support/seed';

const OFFICIAL = 'alarabiya-us-forces-iraq#no-deployment-changes';
const ISNAD = 'https://isnad.example/ns#';
const PROV = 'http://www.w3.org/ns/prov#';

/** A deterministic shuffle (mulberry32), so that a failure can be replayed. */
function shuffled<T>(values: readonly T[], seed: number): T[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

describe('isnad verify against forgeries and reorderings', () => {
  let graph: TestGraph;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-forgery-'));
  const bundles = {} as Record<ExportFormat, string>;
  let officialId = '';
  let keys: { privateKey: string; publicKey: string };
  let signed = '';
  /** The whole seed, in which two articles' sources share a local id (`outlet-voice`). */
  let all = '';

  /** A copy of a bundle, to edit. */
  const copy = (from: string, name: string): string => {
    const dir = path.join(root, name);
    fs.cpSync(from, dir, { recursive: true });
    return dir;
  };
  const dataOf = (dir: string): string => {
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
      dataFile: string;
    };
    return path.join(dir, manifest.dataFile);
  };
  /** Edits the lines of an N-Quads bundle's data. */
  const editLines = (dir: string, edit: (lines: string[]) => string[]): void => {
    const file = dataOf(dir);
    const lines = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l !== '');
    fs.writeFileSync(file, `${edit(lines).join('\n')}\n`);
  };
  const subject = () => `<urn:isnad:${officialId}>`;
  const line = (lines: string[], predicate: string) => {
    const i = lines.findIndex((l) => l.startsWith(`${subject()} <${predicate}> `));
    if (i < 0) throw new Error(`no ${predicate} line for the official's statement`);
    return i;
  };

  beforeAll(async () => {
    ensureJena();
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
    await ingestFiles(
      graph.executor,
      [path.join(FIXTURES_DIR, 'correction-defense-official.annotation.yaml')],
      isnadTool(),
      graph.logger,
    );
    for (const format of ['nquads', 'turtle', 'prov-jsonld', 'web-annotation'] as const) {
      bundles[format] = path.join(root, format);
      // options through a variable: the same test runs against exporters with fewer options
      const options = {
        format,
        scope: { kind: 'statement' as const, ref: OFFICIAL },
        baseIri: 'https://isnad.test/',
      };
      await writeBundle(graph.executor, bundles[format], options);
    }
    const items = fs.readFileSync(path.join(bundles.nquads, 'items.tsv'), 'utf8');
    const nq = fs.readFileSync(dataOf(bundles.nquads), 'utf8');
    officialId =
      /<urn:isnad:(st_[0-9a-f]+)> <https:\/\/isnad\.example\/ns#localId> "no-deployment-changes"/.exec(
        nq,
      )![1]!;
    expect(items).toContain(officialId);
    keys = generateSigningKeys(path.join(root, 'keys'));
    signed = path.join(root, 'signed');
    const options = {
      format: 'nquads' as const,
      scope: { kind: 'statement' as const, ref: OFFICIAL },
      baseIri: 'https://isnad.test/',
      signKey: keys.privateKey,
    };
    await writeBundle(graph.executor, signed, options);
    all = path.join(root, 'all');
    await writeBundle(graph.executor, all, {
      format: 'nquads',
      scope: { kind: 'all' },
      baseIri: 'https://isnad.test/',
    });
  }, 300_000);
  afterAll(async () => {
    await graph.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it.each(['nquads', 'turtle', 'prov-jsonld', 'web-annotation'] as const)(
    'the untouched %s bundle verifies',
    async (format) => {
      const report = await verifyBundle(bundles[format]);
      expect(report).toMatchObject({ ok: true, items: [], problems: [] });
    },
  );

  describe('unsigned forgeries, every hash recomputed', () => {
    it('one changed character of a quote is named: the statement and its quote', async () => {
      const dir = copy(bundles.nquads, 'quote');
      editLines(dir, (lines) => {
        const i = line(lines, `${ISNAD}quote`);
        lines[i] = lines[i]!.replace('تغييرات', 'تغييرا ت');
        return lines;
      });
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.items).toContainEqual(
        expect.objectContaining({ id: officialId, name: OFFICIAL, problem: 'inconsistent', field: 'quote' }),
      );
      // the forger made every hash agree: only the re-derivation finds it
      expect(report.items.filter((i) => i.problem !== 'inconsistent')).toEqual([]);
      expect(report.problems).toEqual([]);
    });

    it('a moved span whose quote was moved with it is named by its id', async () => {
      const dir = copy(bundles.nquads, 'moved');
      const text = fs.readFileSync(
        path.join(__dirname, '../../../seed/alarabiya-us-forces-iraq.ar.txt'),
        'utf8',
      );
      editLines(dir, (lines) => {
        const number = (i: number) => Number(/"(\d+)"/.exec(lines[i]!)![1]);
        const s = line(lines, `${ISNAD}start`);
        const e = line(lines, `${ISNAD}end`);
        const q = line(lines, `${ISNAD}quote`);
        const [start, end] = [number(s) + 3, number(e) + 3];
        lines[s] = lines[s]!.replace(/"\d+"/, `"${start}"`);
        lines[e] = lines[e]!.replace(/"\d+"/, `"${end}"`);
        lines[q] = `${subject()} <${ISNAD}quote> ${JSON.stringify([...text].slice(start, end).join(''))} .`;
        return lines;
      });
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.items).toContainEqual(expect.objectContaining({ id: officialId, field: 'id' }));
      expect(report.items).not.toContainEqual(expect.objectContaining({ id: officialId, field: 'quote' }));
    });

    it("a source swapped for another of the article's sources is named by the statement id it no longer derives", async () => {
      const dir = copy(bundles.nquads, 'swapped');
      editLines(dir, (lines) => {
        const i = line(lines, `${PROV}wasAttributedTo`);
        const current = /<(urn:isnad:src_[0-9a-f]+)> \.$/.exec(lines[i]!)![1]!;
        const article = / <(urn:isnad:art_[0-9a-f]+)> \.$/.exec(
          lines[line(lines, `${PROV}wasQuotedFrom`)]!,
        )![1]!;
        // a source of the same article: one of another article is named by the article check
        const other = lines
          .map(
            (l) =>
              new RegExp(`^<(urn:isnad:src_[0-9a-f]+)> <${ISNAD}inArticle> <${article}> \\.$`).exec(l)?.[1],
          )
          .find((src) => src !== undefined && src !== current)!;
        lines[i] = lines[i]!.replace(current, other);
        return lines;
      });
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.items).toContainEqual(expect.objectContaining({ id: officialId, field: 'id' }));
    });

    it('a prefix that is not the text before the quote is named', async () => {
      const dir = copy(bundles.nquads, 'prefix');
      editLines(dir, (lines) => [...lines, `${subject()} <${ISNAD}prefix> "وقال " .`]);
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.items).toContainEqual(expect.objectContaining({ id: officialId, field: 'prefix' }));
    });

    it("a changed mention inside the statement's span is named with its index", async () => {
      const dir = copy(bundles.nquads, 'mention');
      editLines(dir, (lines) =>
        lines.map((l) =>
          /-q\d+ <https:\/\/isnad\.example\/ns#quote> "العراق"/.test(l) && l.startsWith(`_:${officialId}`)
            ? l.replace('"العراق"', '"العراف"')
            : l,
        ),
      );
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.items).toContainEqual(
        expect.objectContaining({ id: officialId, field: expect.stringMatching(/^mention\[\d+\]\.quote$/) }),
      );
    });

    it('an article text changed with its content hash recomputed no longer matches its id', async () => {
      const dir = copy(bundles.nquads, 'text');
      editLines(dir, (lines) =>
        lines
          .map((l) => {
            const text = /^(<urn:isnad:art_[0-9a-f]+>) <https:\/\/isnad\.example\/ns#text> (".*") \.$/.exec(
              l,
            );
            if (text === null) return l;
            return `${text[1]!} <${ISNAD}text> ${JSON.stringify(`${JSON.parse(text[2]!) as string} `)} .`;
          })
          .map((l, i, all) => {
            const hash = /^(<urn:isnad:art_[0-9a-f]+>) <https:\/\/isnad\.example\/ns#contentHash> /.exec(l);
            if (hash === null) return l;
            const textLine = all.find((x) => x.startsWith(`${hash[1]!} <${ISNAD}text> `))!;
            const body = JSON.parse(
              textLine.slice(textLine.indexOf('"'), textLine.lastIndexOf('"') + 1),
            ) as string;
            return `${hash[1]!} <${ISNAD}contentHash> "${sha256(body)}" .`;
          }),
      );
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.items).toContainEqual(expect.objectContaining({ kind: 'article', field: 'id' }));
    });

    it('a Web Annotation selector changed with its hashes recomputed is named against the carried text', async () => {
      const dir = copy(bundles['web-annotation'], 'selector');
      const file = dataOf(dir);
      const document = fs.readFileSync(file, 'utf8');
      expect(document).toContain('"exact": "لا تغييرات لدينا');
      fs.writeFileSync(file, document.replace('"exact": "لا تغييرات لدينا', '"exact": "لا تغييرا ت لدينا'));
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.items).toContainEqual(
        expect.objectContaining({ id: officialId, field: 'selector.exact' }),
      );
    });

    it("a source swapped for another article's source with the same local id is named", async () => {
      // a statement's id derives from its source's local id, which is only unique within an article
      const dir = copy(all, 'same-local-id');
      let statement = '';
      editLines(dir, (lines) => {
        const voices = lines
          .filter((l) => l.endsWith(`<${ISNAD}localId> "outlet-voice" .`))
          .map((l) => l.slice(0, l.indexOf(' ')));
        expect(voices.length).toBeGreaterThan(1);
        const i = lines.findIndex((l) => l.includes(`<${PROV}wasAttributedTo> ${voices[0]!} .`));
        statement = /^<urn:isnad:(st_[0-9a-f]+)>/.exec(lines[i]!)![1]!;
        lines[i] = lines[i]!.replace(voices[0]!, voices[1]!);
        return lines;
      });
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.items).toContainEqual(
        expect.objectContaining({
          id: statement,
          field: 'wasAttributedTo',
          detail: expect.stringMatching(/a source of art_/),
        }),
      );
    });

    it('a field given twice, so that neither value was read, is named', async () => {
      const dir = copy(bundles.nquads, 'prefix-twice');
      editLines(dir, (lines) => [
        ...lines,
        `${subject()} <${ISNAD}prefix> "وقال " .`,
        `${subject()} <${ISNAD}prefix> "ثم " .`,
      ]);
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.items).toContainEqual(
        expect.objectContaining({
          id: officialId,
          field: 'prefix',
          detail: 'is given 2 times; it has one value',
        }),
      );
    });

    it('an item removed with its line of items.tsv is named where something refers to it', async () => {
      const dir = copy(bundles.nquads, 'removed-topic');
      editLines(dir, (lines) => lines.filter((l) => !l.startsWith('<urn:isnad:topic:us-forces-iraq> ')));
      await reseal(dir);
      const report = await verifyBundle(dir);
      expect(report.ok).toBe(false);
      expect(report.items).toContainEqual(
        expect.objectContaining({
          field: 'about',
          detail: 'names topic:us-forces-iraq, which the bundle does not carry',
        }),
      );
    });

    it('a free-text field (a rationale) re-hashed is not caught without a key, and is with one', async () => {
      const dir = copy(signed, 'rationale');
      editLines(dir, (lines) =>
        lines.map((l) =>
          /ns#rationale> "/.test(l) ? l.replace(/ns#rationale> "/, 'ns#rationale> "Not ') : l,
        ),
      );
      await reseal(dir);
      // nothing in the bundle derives from a rationale: only the signature covers it
      expect(await verifyBundle(dir)).toMatchObject({ ok: true, signature: 'not checked (no --key)' });
      expect(await verifyBundle(dir, keys.publicKey)).toMatchObject({ ok: false, signature: 'invalid' });
    });
  });

  describe('the same RDF, reordered or re-serialised, verifies', () => {
    const reordered = async (name: string, edit: (lines: string[]) => string[]) => {
      const dir = copy(bundles.nquads, name);
      editLines(dir, edit);
      return verifyBundle(dir);
    };

    it('sorted lines (as LC_ALL=C sort: by UTF-8 bytes)', async () => {
      const report = await reordered('sorted', (lines) =>
        [...lines].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))),
      );
      expect(report).toMatchObject({ ok: true, items: [], problems: [], dataBytes: 'differ' });
      expect(report.order).toMatch(/^as a set/);
    });

    it('reversed lines', async () => {
      expect(await reordered('reversed', (lines) => [...lines].reverse())).toMatchObject({
        ok: true,
        items: [],
      });
    });

    it.each([1, 2, 3])('shuffled lines (seed %i), every item read once', async (seed) => {
      const report = await reordered(`shuffled-${seed}`, (lines) => shuffled(lines, seed));
      expect(report).toMatchObject({ ok: true, items: [], problems: [] });
      const listed = fs.readFileSync(path.join(bundles.nquads, 'items.tsv'), 'utf8').trim().split('\n');
      expect(report.itemsChecked).toBe(listed.length);
    });

    it('a line given twice is one triple', async () => {
      expect(await reordered('duplicate', (lines) => [...lines, lines[0]!])).toMatchObject({ ok: true });
    });

    it.each([
      ['nquads', 'NQUADS', 'export.nq'],
      ['turtle', 'TURTLE', 'export.ttl'],
      ['prov-jsonld', 'JSONLD', 'export.prov.jsonld'],
    ] as const)('%s re-serialised by Apache Jena (riot --formatted=%s)', async (format, jenaFormat, file) => {
      const dir = copy(bundles[format], `jena-${format}`);
      const before = fs.readFileSync(path.join(dir, file), 'utf8');
      riotConvert(path.join(bundles[format], file), jenaFormat, path.join(dir, file));
      expect(fs.readFileSync(path.join(dir, file), 'utf8')).not.toBe(before);
      const report = await verifyBundle(dir);
      expect(report).toMatchObject({ ok: true, items: [], problems: [], dataBytes: 'differ' });
    });

    it('a JSON-LD document re-indented', async () => {
      const dir = copy(bundles['prov-jsonld'], 'reindented');
      const file = dataOf(dir);
      fs.writeFileSync(file, JSON.stringify(JSON.parse(fs.readFileSync(file, 'utf8'))));
      expect(await verifyBundle(dir)).toMatchObject({ ok: true, items: [] });
    });
  });
});
