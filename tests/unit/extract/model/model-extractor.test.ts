import { annotationFileSchema } from '../../../../src/ingest/annotation-schema';
import { formatDraftYaml } from '../../../../src/extract';
import { createModelExtractor, ModelServerError } from '../../../../src/extract/model';
import type { ModelServerConfig } from '../../../../src/config/config';
import { loadConfig, ConfigError } from '../../../../src/config/config';
import { sliceCodePoints } from '../../../../src/text/spans';
import { completion, startChatServer } from './chat-server.fixtures';
import type { ChatServer } from './chat-server.fixtures';

// An emoji before the quotes: offsets must count code points, not UTF-16 units.
const ARTICLE = [
  'وزير الدفاع ينفي أي نية للانسحاب 🛡️',
  'نفى وزير الدفاع سامر الخطيب، أي نية لسحب القوات من القاعدة الشمالية.',
  'وقال مصدر عسكري، طلب عدم ذكر اسمه، إن "القوات تستعد لمرحلة جديدة".',
  'وأضاف المصدر أن القوات تستعد لمرحلة جديدة خلال أسابيع.',
].join('\n');

const VALID_REPLY = {
  sources: [
    { id: 's1', description: 'وزير الدفاع سامر الخطيب', kind: 'NAMED_PERSON', role: 'وزير الدفاع' },
    { id: 's2', description: 'مصدر عسكري', kind: 'ANONYMOUS_INDIVIDUAL', conditions: 'طلب عدم ذكر اسمه' },
  ],
  statements: [
    { quote: 'أي نية لسحب القوات من القاعدة الشمالية', source: 's1', mode: 'REPORTED_SPEECH', cue: 'نفى' },
    // Occurs twice; the prefix (a quotation mark) selects the direct quote.
    { quote: 'القوات تستعد لمرحلة جديدة', prefix: 'إن "', source: 's2', mode: 'DIRECT_QUOTE', cue: 'قال' },
  ],
};

describe('the model-server extractor', () => {
  let server: ChatServer;
  let config: ModelServerConfig;
  beforeAll(async () => {
    server = await startChatServer();
    config = { baseUrl: server.baseUrl, model: 'test-model-7b', apiKey: 'secret-key', timeoutMs: 2_000 };
  });
  afterAll(() => server.close());
  beforeEach(() => server.received.splice(0));

  const extract = (overrides: Partial<ModelServerConfig> = {}) =>
    createModelExtractor({ ...config, ...overrides }).extract({
      text: ARTICLE,
      language: 'ar',
      slug: 'defence-denial',
      annotatedAt: '2026-12-02',
    });

  it('posts a chat-completions request: path, model, messages, bearer key, JSON mode, temperature 0', async () => {
    server.answer({ body: completion(VALID_REPLY) });
    await extract();
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe('/v1/chat/completions');
    expect(request?.headers.authorization).toBe('Bearer secret-key');
    const body = request?.body as Record<string, unknown>;
    expect(body.model).toBe('test-model-7b');
    expect(body.temperature).toBe(0);
    expect(body.response_format).toEqual({ type: 'json_object' });
    const messages = body.messages as { role: string; content: string }[];
    expect(messages.map((m) => m.role)).toEqual(['system', 'user']);
    expect(messages[0]?.content).toMatch(/JSON/);
    expect(messages[1]?.content).toContain(ARTICLE);
  });

  it('sends no Authorization header without an API key', async () => {
    server.answer({ body: completion(VALID_REPLY) });
    await extract({ apiKey: undefined });
    expect(server.received[0]?.headers.authorization).toBeUndefined();
  });

  it('turns a valid reply into a draft with exact spans, marked as made by the model', async () => {
    server.answer({ body: completion(VALID_REPLY) });
    const result = await extract();
    expect(result.rejected).toEqual([]);
    const { annotation, notes } = result;
    expect(() => annotationFileSchema.parse(annotation)).not.toThrow();
    expect(annotation.annotator).toMatchObject({ kind: 'TOOL', id: 'isnad-model-extractor' });
    expect(annotation.annotator.name).toContain('test-model-7b');
    expect(annotation.annotator.name).toContain(server.baseUrl);
    expect(annotation.statements.map((s) => [s.id, s.source, s.mode, s.cue])).toEqual([
      ['st-2-1', 'src-1', 'REPORTED_SPEECH', 'نفى'],
      ['st-3-1', 'src-2', 'DIRECT_QUOTE', 'قال'],
    ]);
    const direct = annotation.statements[1];
    expect(direct).toMatchObject({ quote: 'القوات تستعد لمرحلة جديدة', prefix: 'إن "' });
    expect(annotation.sources.map((s) => [s.id, s.kind, s.basis.conditions])).toEqual([
      ['src-1', 'NAMED_PERSON', null],
      ['src-2', 'ANONYMOUS_INDIVIDUAL', 'طلب عدم ذكر اسمه'],
    ]);
    expect(notes.statements['st-2-1']?.rules).toEqual(['model:test-model-7b']);
    // The draft YAML (the same formatter as the rules) round-trips through the schema.
    expect(formatDraftYaml(result)).toContain('model:test-model-7b');
    // The denial and the other source's preparation are offered to the shared candidate stage.
    for (const a of annotation.assessments) expect(a.method).toBe('RULE');
  });

  it('rejects and reports an invented quote instead of re-anchoring it', async () => {
    const invented = 'الوزير أكد انسحاب القوات فورا';
    const nearMiss = 'أي نية لسحب القوات من القاعدة الشماليه'; // one letter differs
    server.answer({
      body: completion({
        ...VALID_REPLY,
        statements: [
          ...VALID_REPLY.statements,
          { quote: invented, source: 's1', mode: 'REPORTED_SPEECH' },
          { quote: nearMiss, source: 's1', mode: 'REPORTED_SPEECH' },
        ],
      }),
    });
    const result = await extract();
    expect(result.annotation.statements).toHaveLength(2);
    expect(result.rejected).toEqual([
      { quote: invented, reason: expect.stringMatching(/not found in the article/) as string },
      { quote: nearMiss, reason: expect.stringMatching(/not found in the article/) as string },
    ]);
  });

  it('rejects an ambiguous quote that no prefix or suffix selects', async () => {
    server.answer({
      body: completion({
        ...VALID_REPLY,
        statements: [
          VALID_REPLY.statements[0],
          { quote: 'القوات تستعد لمرحلة جديدة', source: 's2', mode: 'REPORTED_SPEECH' },
          { quote: 'القوات تستعد لمرحلة جديدة', prefix: 'قال ', source: 's2', mode: 'REPORTED_SPEECH' },
        ],
      }),
    });
    const result = await extract();
    expect(result.annotation.statements).toHaveLength(1);
    expect(result.rejected.map((r) => r.reason)).toEqual([
      expect.stringMatching(/ambiguous: occurs 2 times/),
      expect.stringMatching(/ambiguous: occurs 2 times and the prefix\/suffix given surround none/),
    ]);
  });

  it('counts offsets in code points after an astral character', async () => {
    server.answer({ body: completion(VALID_REPLY) });
    const result = await extract();
    const quote = result.annotation.statements[0]?.quote ?? '';
    const at = [...ARTICLE].join('').indexOf(quote);
    expect(at).toBeGreaterThan(0);
    // The anchor quote is a code-point slice of the article.
    const start = [...ARTICLE.slice(0, at)].length;
    expect(sliceCodePoints(ARTICLE, start, start + [...quote].length)).toBe(quote);
  });

  it('names the endpoint and the status on HTTP 500', async () => {
    server.answer({ status: 500, body: '{"error":"model not loaded"}' });
    await expect(extract()).rejects.toThrow(ModelServerError);
    await expect(extract()).rejects.toThrow(
      `model server ${server.baseUrl}/chat/completions answered HTTP 500: {"error":"model not loaded"}`,
    );
  });

  it('names the endpoint and the limit on a timeout', async () => {
    server.answer({ delayMs: 1_000, body: completion(VALID_REPLY) });
    await expect(extract({ timeoutMs: 100 })).rejects.toThrow(
      `model server ${server.baseUrl}/chat/completions did not answer within 100 ms (ISNAD_MODEL_TIMEOUT_MS)`,
    );
  });

  it('says when the server is not reachable', async () => {
    const closed = await startChatServer();
    await closed.close();
    await expect(extract({ baseUrl: closed.baseUrl })).rejects.toThrow(
      `cannot reach model server ${closed.baseUrl}/chat/completions: ECONNREFUSED`,
    );
  });

  it('says when the body or the message content is not JSON', async () => {
    server.answer({ body: '<html>proxy error</html>' });
    await expect(extract()).rejects.toThrow(
      /answered HTTP 200 with a body that is not JSON: <html>proxy error/,
    );
    server.answer({ body: completion('Sure! Here are the statements: ...') });
    await expect(extract()).rejects.toThrow(
      /model test-model-7b at .*: choices\[0\]\.message\.content is not JSON: Sure! Here/,
    );
  });

  it('names the field of a reply that does not have the expected shape', async () => {
    server.answer({
      body: completion({ statements: [{ quote: 'أي نية', source: 's1', mode: 'QUOTED' }] }),
    });
    await expect(extract()).rejects.toThrow(/does not have the expected shape \(statements\.0\.mode: /);
    server.answer({ body: JSON.stringify({ choices: [] }) });
    await expect(extract()).rejects.toThrow(
      /sent no chat completion \(choices: must hold at least one choice\)/,
    );
  });

  it('accepts a reply wrapped in a JSON code fence', async () => {
    server.answer({ body: completion('```json\n' + JSON.stringify(VALID_REPLY) + '\n```') });
    expect((await extract()).annotation.statements).toHaveLength(2);
  });
});

describe('model server configuration', () => {
  it('reads ISNAD_MODEL_* into config.model', () => {
    const config = loadConfig({
      ISNAD_MODEL_URL: 'http://127.0.0.1:8080/v1',
      ISNAD_MODEL_NAME: 'qwen2.5-7b-instruct',
      ISNAD_MODEL_API_KEY: 'k',
      ISNAD_MODEL_TIMEOUT_MS: '5000',
    });
    expect(config.model).toEqual({
      baseUrl: 'http://127.0.0.1:8080/v1',
      model: 'qwen2.5-7b-instruct',
      apiKey: 'k',
      timeoutMs: 5000,
    });
    expect(loadConfig({}).model).toBeUndefined();
  });

  it('stops on a bad value, naming the variable', () => {
    expect(() => loadConfig({ ISNAD_MODEL_URL: 'ftp://x', ISNAD_MODEL_NAME: 'm' })).toThrow(ConfigError);
    expect(() => loadConfig({ ISNAD_MODEL_URL: 'not a url', ISNAD_MODEL_NAME: 'm' })).toThrow(
      /ISNAD_MODEL_URL/,
    );
    expect(() => loadConfig({ ISNAD_MODEL_URL: 'http://127.0.0.1:8080/v1' })).toThrow(/ISNAD_MODEL_NAME/);
    expect(() => loadConfig({ ISNAD_MODEL_TIMEOUT_MS: '-3' })).toThrow(/ISNAD_MODEL_TIMEOUT_MS/);
  });
});
