import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { annotationFileSchema } from '../../../src/ingest/annotation-schema';
import { spawnCli } from '../../support/spawn-cli';
import { readTestNeo4jEnv } from '../../support/test-neo4j';
import { completion, startChatServer } from '../../unit/extract/model/chat-server.fixtures';
import type { ChatServer } from '../../unit/extract/model/chat-server.fixtures';

const ARTICLE = [
  'Minister denies withdrawal plan',
  'Defense Secretary Lena Ortiz denied any plan to withdraw troops from the northern base.',
  'A commander wrote that "units are preparing for onward movement" within weeks.',
].join('\n');

describe('isnad propose --extractor model', () => {
  let server: ChatServer;
  let dir: string;
  beforeAll(async () => {
    server = await startChatServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-propose-model-'));
    fs.writeFileSync(path.join(dir, 'ortiz-denial.en.txt'), ARTICLE);
  });
  afterAll(async () => {
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const run = (args: string[], env: NodeJS.ProcessEnv) => {
    const neo4j = readTestNeo4jEnv();
    return spawnCli(['propose', path.join(dir, 'ortiz-denial.en.txt'), ...args], {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      LOG_LEVEL: 'silent',
      ...env,
    });
  };

  it('writes the model draft, with its quotes checked and an invented one rejected', async () => {
    server.answer({
      body: completion({
        sources: [
          { id: 'ortiz', description: 'Defense Secretary Lena Ortiz', kind: 'NAMED_PERSON' },
          { id: 'cmdr', description: 'A commander', kind: 'ANONYMOUS_INDIVIDUAL' },
        ],
        statements: [
          {
            quote: 'any plan to withdraw troops from the northern base',
            source: 'ortiz',
            mode: 'REPORTED_SPEECH',
            cue: 'denied',
          },
          {
            quote: 'units are preparing for onward movement',
            source: 'cmdr',
            mode: 'DIRECT_QUOTE',
            cue: 'wrote',
          },
          { quote: 'the base will close in March', source: 'cmdr', mode: 'REPORTED_SPEECH' },
        ],
      }),
    });
    const out = path.join(dir, 'draft.yaml');
    const cli = run(['--extractor', 'model', '--out', out], {
      ISNAD_MODEL_URL: server.baseUrl,
      ISNAD_MODEL_NAME: 'local-test-model',
      ISNAD_MODEL_API_KEY: 'cli-key',
    });
    expect(await cli.exited).toBe(0);
    expect(server.received[0]?.path).toBe('/v1/chat/completions');
    expect(server.received[0]?.headers.authorization).toBe('Bearer cli-key');
    const yaml = fs.readFileSync(out, 'utf8');
    const annotation = annotationFileSchema.parse(parse(yaml));
    expect(annotation.annotator.name).toContain('local-test-model');
    expect(annotation.statements.map((s) => s.quote)).toEqual([
      'any plan to withdraw troops from the northern base',
      'units are preparing for onward movement',
    ]);
    expect(yaml).toMatch(
      /^# Drafted by Isnad model-server extractor \(model local-test-model at http:\/\/127\.0\.0\.1:\d+\/v1\)\./,
    );
    expect(yaml).toContain('# Rejected quotes (not in the draft):');
    expect(yaml).toContain('"the base will close in March": not found in the article');
    expect(cli.stderr.join('\n')).toMatch(/1 quotes rejected:/);
  }, 120_000);

  it('fails with the endpoint and the status when the server answers 500', async () => {
    server.answer({ status: 500, body: 'out of memory' });
    const cli = run(['--extractor', 'model'], {
      ISNAD_MODEL_URL: server.baseUrl,
      ISNAD_MODEL_NAME: 'local-test-model',
    });
    expect(await cli.exited).toBe(1);
    expect(cli.stderr.join('\n')).toBe(
      `isnad: model server ${server.baseUrl}/chat/completions answered HTTP 500: out of memory`,
    );
  }, 120_000);

  it('says which variables to set when no model server is configured', async () => {
    const cli = run(['--extractor', 'model'], { ISNAD_MODEL_URL: '', ISNAD_MODEL_NAME: '' });
    expect(await cli.exited).toBe(1);
    expect(cli.stderr.join('\n')).toMatch(/set ISNAD_MODEL_URL and ISNAD_MODEL_NAME/);
  }, 120_000);
});
