import path from 'node:path';
import { ConfigError, loadConfig } from '../../../src/config/config';
import { projectRoot } from '../../../src/config/project-root';

describe('loadConfig', () => {
  it('takes the base IRI of exports from ISNAD_BASE_IRI, ending it with a slash, and refuses what is not one', () => {
    expect(loadConfig({}).export).toEqual({ baseIri: 'http://localhost:4000/' });
    expect(loadConfig({ ISNAD_PORT: '8080' }).export.baseIri).toBe('http://localhost:8080/');
    expect(loadConfig({ ISNAD_BASE_IRI: 'https://isnad.example.org/audit' }).export.baseIri).toBe(
      'https://isnad.example.org/audit/',
    );
    expect(() => loadConfig({ ISNAD_BASE_IRI: 'ftp://isnad.example.org/' })).toThrow(/ISNAD_BASE_IRI/);
    expect(() => loadConfig({ ISNAD_BASE_IRI: 'https://isnad.example.org/#x' })).toThrow(
      /ISNAD_BASE_IRI: must not have a query or a fragment/,
    );
  });

  it('uses documented defaults and starts a local Neo4j when NEO4J_URI is absent', () => {
    const config = loadConfig({});
    expect(config.http).toEqual({ host: '127.0.0.1', port: 4000, warmUp: true });
    expect(config.neo4j).toBeUndefined();
    expect(config.localNeo4j.dataDir).toBe(path.join(projectRoot(), '.isnad', 'neo4j-data'));
    expect(config.localNeo4j.heap).toBe('512m');
  });

  it('allows serve 3 restarts of its local Neo4j within 10 minutes by default, as configured otherwise', () => {
    expect(loadConfig({}).localNeo4jRestarts).toEqual({ maxRestarts: 3, windowMs: 600_000 });
    expect(
      loadConfig({ ISNAD_NEO4J_MAX_RESTARTS: '0', ISNAD_NEO4J_RESTART_WINDOW_MS: '1000' }).localNeo4jRestarts,
    ).toEqual({ maxRestarts: 0, windowMs: 1000 });
    expect(() => loadConfig({ ISNAD_NEO4J_MAX_RESTARTS: '-1' })).toThrow(/ISNAD_NEO4J_MAX_RESTARTS/);
    expect(() => loadConfig({ ISNAD_NEO4J_RESTART_WINDOW_MS: '0' })).toThrow(/ISNAD_NEO4J_RESTART_WINDOW_MS/);
  });

  it('uses NEO4J_URI with its credentials when set', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'secret-pass',
    });
    expect(config.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      user: 'neo4j',
      password: 'secret-pass',
      database: undefined,
    });
  });

  it('warms the query plans after start unless ISNAD_WARM_UP is off, and names a bad value', () => {
    expect(loadConfig({ ISNAD_WARM_UP: 'off' }).http.warmUp).toBe(false);
    expect(() => loadConfig({ ISNAD_WARM_UP: 'no' })).toThrow(/ISNAD_WARM_UP/);
  });

  it('names each bad variable', () => {
    expect(() => loadConfig({ ISNAD_PORT: 'eighty', NEO4J_URI: 'http://x' })).toThrow(ConfigError);
    expect(() => loadConfig({ ISNAD_PORT: 'eighty' })).toThrow(/ISNAD_PORT/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI: must be a bolt/);
    expect(() => loadConfig({ ISNAD_NEO4J_HEAP: 'lots' })).toThrow(/ISNAD_NEO4J_HEAP/);
    expect(() => loadConfig({ NEO4J_PASSWORD: 'short' })).toThrow(/NEO4J_PASSWORD: must have at least 8/);
  });
});

describe('loadConfig: API keys', () => {
  it('defaults to open reading and a key file under the project', () => {
    expect(loadConfig({}).auth).toEqual({
      keysFile: path.join(projectRoot(), '.isnad', 'api-keys.json'),
      keysJson: undefined,
      readAccess: 'open',
    });
  });

  it('reads ISNAD_API_KEYS_FILE, ISNAD_API_KEYS and ISNAD_READ_ACCESS', () => {
    const config = loadConfig({
      ISNAD_API_KEYS_FILE: '/etc/isnad/keys.json',
      ISNAD_API_KEYS: '[]',
      ISNAD_READ_ACCESS: 'key',
    });
    expect(config.auth).toEqual({ keysFile: '/etc/isnad/keys.json', keysJson: '[]', readAccess: 'key' });
  });

  it('names bad auth variables', () => {
    expect(() => loadConfig({ ISNAD_READ_ACCESS: 'closed' })).toThrow(/ISNAD_READ_ACCESS/);
    expect(() => loadConfig({ ISNAD_API_KEYS: '{"keys": []}' })).toThrow(
      /ISNAD_API_KEYS: must be a JSON array/,
    );
  });
});

describe('loadConfig: production mode and input bounds (issue 15)', () => {
  it('turns production on with ISNAD_ENV or NODE_ENV, and introspection off unless enabled', () => {
    expect(loadConfig({}).api).toMatchObject({ production: false, introspection: true });
    expect(loadConfig({ NODE_ENV: 'production' }).api).toMatchObject({
      production: true,
      introspection: false,
    });
    expect(loadConfig({ ISNAD_ENV: 'production', NODE_ENV: 'development' }).api.production).toBe(true);
    expect(loadConfig({ ISNAD_ENV: 'production', ISNAD_INTROSPECTION: 'true' }).api.introspection).toBe(true);
  });

  it('reads the input bounds, with safe defaults, and names a bad one', () => {
    expect(loadConfig({}).api.limits).toEqual({
      maxBodyBytes: 1_048_576,
      maxStringLength: 100_000,
      maxSearchTextLength: 1_000,
      maxSearchTerms: 32,
    });
    expect(loadConfig({ ISNAD_MAX_SEARCH_TERMS: '8' }).api.limits.maxSearchTerms).toBe(8);
    expect(() => loadConfig({ ISNAD_MAX_BODY_BYTES: '-1' })).toThrow(/ISNAD_MAX_BODY_BYTES/);
  });
});
