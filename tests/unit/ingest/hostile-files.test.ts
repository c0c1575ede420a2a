import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AnnotationError,
  DEFAULT_ANNOTATION_LIMITS,
  loadAnnotationFile,
  parseAnnotation,
} from '../../../src/ingest/load-annotation';

const FIXTURES = path.resolve(__dirname, '../../fixtures/annotations');
const TINY = fs.readFileSync(path.join(FIXTURES, 'tiny.annotation.yaml'));

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-hostile-'));
  fs.copyFileSync(path.join(FIXTURES, 'tiny.en.txt'), path.join(dir, 'tiny.en.txt'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, bytes: Buffer): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

function errorOf(run: () => unknown): AnnotationError {
  try {
    run();
  } catch (error) {
    if (error instanceof AnnotationError) return error;
    throw error;
  }
  throw new Error('expected an AnnotationError');
}

describe('hostile annotation files are refused, naming the file (issue 15, item 6)', () => {
  it('loads the valid file it starts from', () => {
    expect(loadAnnotationFile(write('valid.annotation.yaml', TINY)).annotation.article.slug).toBe(
      'tiny-base-closure',
    );
  });

  it('refuses invalid UTF-8 with its line (it was stored as U+FFFD without a word)', () => {
    const text = TINY.toString('utf8').replace('label: Two officials', 'label: Two offi\u0000cials');
    const bytes = Buffer.from(text, 'utf8');
    bytes[bytes.indexOf(0)] = 0xff; // a byte that is never UTF-8
    const file = write('bad-utf8.annotation.yaml', bytes);
    const error = errorOf(() => loadAnnotationFile(file));
    expect(error.file).toBe(file);
    const line = text.split('\n').findIndex((l) => l.includes('offi\u0000cials')) + 1;
    expect(error.reason).toBe(
      `invalid UTF-8 at byte ${bytes.indexOf(0xff)} (line ${line}); save the file as UTF-8`,
    );
    expect(error.message.startsWith(`${file}: (root): invalid UTF-8`)).toBe(true);
  });

  it('refuses a truncated multi-byte character at the end of the file', () => {
    const bytes = Buffer.concat([TINY, Buffer.from([0xd8])]); // the first byte of an Arabic letter
    const error = errorOf(() => loadAnnotationFile(write('truncated.annotation.yaml', bytes)));
    expect(error.reason).toMatch(new RegExp(`^invalid UTF-8 at byte ${TINY.length} `));
  });

  it('refuses broken JSON on one line naming the file (regression: the reason quoted the file, newlines and NUL included)', () => {
    const json = JSON.stringify({ schemaVersion: 1, article: { slug: 'x' } }, null, 1);
    const file = write('broken.annotation.json', Buffer.from(`\u0000${json}`, 'utf8'));
    const error = errorOf(() => loadAnnotationFile(file));
    expect(error.path).toBe('(json)');
    expect(error.message.split('\n')).toHaveLength(1);
    expect(error.message.startsWith(`${file}: (json): `)).toBe(true);
    expect(error.reason).not.toMatch(/\p{Cc}/u);
  });

  it('refuses a file over the size bound before reading it', () => {
    const file = write('large.annotation.yaml', TINY);
    const error = errorOf(() =>
      loadAnnotationFile(file, { ...DEFAULT_ANNOTATION_LIMITS, maxFileBytes: TINY.length - 1 }),
    );
    expect(error.file).toBe(file);
    expect(error.reason).toBe(
      `the file is ${TINY.length} bytes; at most ${TINY.length - 1} are read (ISNAD_MAX_ANNOTATION_BYTES)`,
    );
    expect(
      loadAnnotationFile(file, { ...DEFAULT_ANNOTATION_LIMITS, maxFileBytes: TINY.length }).annotation
        .schemaVersion,
    ).toBe(1);
  });

  it('names the file and field of a lone surrogate (it was a TypeError naming neither)', () => {
    const text = TINY.toString('utf8').replace('label: Two officials', 'label: "Two \\ud800officials"');
    const error = errorOf(() => parseAnnotation(text, 'surrogate.annotation.yaml'));
    expect(error.file).toBe('surrogate.annotation.yaml');
    expect(error.path).toBe('sources[0].label');
    expect(error.reason).toMatch(/unpaired UTF-16 surrogate/);
    const json = JSON.stringify({ schemaVersion: 1, note: '\ud800' });
    expect(errorOf(() => parseAnnotation(json, 'surrogate.json')).path).toBe('note');
  });

  it('names the file of an alias bomb (it was a bare ReferenceError)', () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i += 1) {
      const previous = String.fromCharCode(96 + i);
      levels.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${previous}`).join(', ')}]`,
      );
    }
    const error = errorOf(() => parseAnnotation(levels.join('\n'), 'bomb.annotation.yaml'));
    expect(error.file).toBe('bomb.annotation.yaml');
    expect(error.path).toBe('(yaml)');
    expect(error.reason).toMatch(/alias/i);
  });

  it('refuses an oversized string at its field path (a 50 MB string was accepted, or failed naming no file)', () => {
    const text = TINY.toString('utf8').replace('label: Two officials', `label: ${'x'.repeat(101)}`);
    const limits = { ...DEFAULT_ANNOTATION_LIMITS, maxStringLength: 100 };
    const error = errorOf(() => parseAnnotation(text, 'long.annotation.yaml', limits));
    expect(error.message).toBe(
      'long.annotation.yaml: sources[0].label: is longer than 100 characters (ISNAD_MAX_ANNOTATION_STRING_LENGTH)',
    );
    expect(parseAnnotation(TINY.toString('utf8'), 'tiny.annotation.yaml', limits).schemaVersion).toBe(1);
  });
});
