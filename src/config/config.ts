import path from 'node:path';
import { z } from 'zod';
import { DEFAULT_INPUT_LIMITS } from '../api/limits';
import type { InputLimits } from '../api/limits';
import { DEFAULT_READ_CACHE_LIMITS } from '../graph/read-cache';
import type { ReadCacheLimits } from '../graph/read-cache';
import { appVersion, projectRoot } from './project-root';

/**
 * Every setting the application reads, with its default. The environment is read once, at start,
 * and validated here; nothing else in the code reads `process.env`.
 */
const environmentSchema = z.object({
  /** HTTP port of the GraphQL API. 0 picks a free port (tests). */
  ISNAD_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** `off`: `serve` does not warm the main reads' query plans after it starts listening. */
  ISNAD_WARM_UP: z.enum(['on', 'off']).default('on'),
  /** Interface the API listens on; 0.0.0.0 inside a container. */
  ISNAD_HOST: z.string().min(1).default('127.0.0.1'),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** An existing Neo4j (bolt://, neo4j://, neo4j+s://, ...). When set, nothing is started locally. */
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must be a bolt:// or neo4j:// URI (with +s or +ssc for TLS)')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  /** Password of NEO4J_URI, and of the local Neo4j (at least 8 characters). */
  NEO4J_PASSWORD: z.string().min(8, 'must have at least 8 characters').default('isnad-local-dev'),
  /** Database name; empty means the server's default database. */
  NEO4J_DATABASE: z.string().optional(),
  /** Data directory of the local Neo4j started when NEO4J_URI is not set. */
  ISNAD_NEO4J_DATA: z.string().default('.isnad/neo4j-data'),
  /** Bolt port of the local Neo4j (0 picks a free one). */
  ISNAD_NEO4J_PORT: z.coerce.number().int().min(0).max(65535).default(7687),
  /** JVM heap of the local Neo4j (-Xmx). */
  ISNAD_NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i, 'must be a size such as 512m or 2g')
    .default('512m'),
  /** Page cache of the local Neo4j. */
  ISNAD_NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i, 'must be a size such as 128m or 1g')
    .default('128m'),
  /** How long to wait for the local Neo4j to accept Bolt connections. */
  ISNAD_NEO4J_START_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  /** How often `serve` starts its local Neo4j again after it died, within the window below; 0: never. */
  ISNAD_NEO4J_MAX_RESTARTS: z.coerce.number().int().min(0).default(3),
  /** The window of ISNAD_NEO4J_MAX_RESTARTS, in milliseconds (default 10 minutes). */
  ISNAD_NEO4J_RESTART_WINDOW_MS: z.coerce.number().int().positive().default(600_000),
  /** JSON file of API keys (hashes only), written by `isnad keys`; relative paths are from the project. */
  ISNAD_API_KEYS_FILE: z.string().default('.isnad/api-keys.json'),
  /**
   * More API keys, as JSON: the `keys` array of a key file (`jq -c .keys .isnad/api-keys.json`), for
   * deployments where a file is awkward. Its records are checked when the key store is built.
   */
  ISNAD_API_KEYS: z
    .string()
    .refine(isJsonArray, 'must be a JSON array of key records (the "keys" of an API key file)')
    .optional(),
  /** `open`: anyone may read; `key`: reading needs a valid API key of any role. Writing always needs one. */
  ISNAD_READ_ACCESS: z.enum(['open', 'key']).default('open'),
  /**
   * Base URL of an OpenAI-compatible chat-completions server (`propose --extractor model` posts to
   * `{url}/chat/completions`): llama.cpp's server, Ollama's `/v1`, vLLM. Unset: no model extractor.
   */
  ISNAD_MODEL_URL: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
  /** The model the server should run (its `model` field); required with ISNAD_MODEL_URL. */
  ISNAD_MODEL_NAME: z.string().min(1).optional(),
  /** Sent as `Authorization: Bearer …` when set. */
  ISNAD_MODEL_API_KEY: z.string().min(1).optional(),
  /** How long one request to the model server may take, body included. */
  ISNAD_MODEL_TIMEOUT_MS: z.coerce.number().int().positive().default(120_000),
  /** `production`: no GraphiQL and no introspection (unless ISNAD_INTROSPECTION). NODE_ENV counts too. */
  ISNAD_ENV: z.enum(['development', 'production', 'test']).optional(),
  NODE_ENV: z.string().optional(),
  /** `true` or `false`: answer introspection queries. Default: on, except in production. */
  ISNAD_INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** Largest GraphQL request body, in bytes (answered 413). */
  ISNAD_MAX_BODY_BYTES: z.coerce.number().int().positive().default(DEFAULT_INPUT_LIMITS.maxBodyBytes),
  /** Longest string in a GraphQL query or its variables, in characters. */
  ISNAD_MAX_STRING_LENGTH: z.coerce.number().int().positive().default(DEFAULT_INPUT_LIMITS.maxStringLength),
  /** Longest search text (`search`, `filter.text`), in characters. */
  ISNAD_MAX_SEARCH_TEXT_LENGTH: z.coerce
    .number()
    .int()
    .positive()
    .default(DEFAULT_INPUT_LIMITS.maxSearchTextLength),
  /** Largest annotation file `isnad ingest` reads, in bytes. */
  ISNAD_MAX_ANNOTATION_BYTES: z.coerce.number().int().positive().default(10_485_760),
  /** Longest string (a quote, a label) in an annotation file, in characters. */
  ISNAD_MAX_ANNOTATION_STRING_LENGTH: z.coerce.number().int().positive().default(100_000),
  /** Most distinct words in a search text. */
  ISNAD_MAX_SEARCH_TERMS: z.coerce.number().int().positive().default(DEFAULT_INPUT_LIMITS.maxSearchTerms),
  /**
   * Most read answers the API keeps while the graph's version is unchanged (0 turns the cache
   * off); each request then costs one extra round trip, the version check.
   */
  ISNAD_READ_CACHE_ENTRIES: z.coerce.number().int().min(0).default(DEFAULT_READ_CACHE_LIMITS.maxEntries),
  /** Bound on the read cache, in MiB of the cached rows' JSON. */
  ISNAD_READ_CACHE_MB: z.coerce
    .number()
    .int()
    .min(0)
    .default(DEFAULT_READ_CACHE_LIMITS.maxBytes / 1024 / 1024),
  /** `isnad intake` and `intakePage`: how long one page may take to arrive, redirects and body included. */
  ISNAD_INTAKE_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  /** Largest page the intake accepts, in bytes (larger ones are refused, not cut). */
  ISNAD_INTAKE_MAX_BYTES: z.coerce.number().int().positive().default(5_242_880),
  /** Most redirects followed for one page. */
  ISNAD_INTAKE_MAX_REDIRECTS: z.coerce.number().int().min(0).max(20).default(5),
  /** Content types (comma-separated, without parameters) the intake reads as HTML. */
  ISNAD_INTAKE_CONTENT_TYPES: z
    .string()
    .regex(
      /^[a-z0-9.+-]+\/[a-z0-9.+-]+(,\s*[a-z0-9.+-]+\/[a-z0-9.+-]+)*$/i,
      'must be a comma-separated list of type/subtype',
    )
    .default('text/html,application/xhtml+xml'),
  /** `true`: the intake may fetch from loopback, private and link-local addresses (tests, intranets). */
  ISNAD_INTAKE_ALLOW_PRIVATE: z.enum(['true', 'false']).default('false'),
  /** `true`: the intake fetches nothing and takes files (or HTML sent to the API) only. */
  ISNAD_INTAKE_OFFLINE: z.enum(['true', 'false']).default('false'),
  /** The User-Agent header the intake sends. */
  ISNAD_INTAKE_USER_AGENT: z.string().min(1).optional(),
  /** Where raw pages are kept, addressed by their sha256; relative paths are from the project. */
  ISNAD_ARTIFACTS_DIR: z.string().default('.isnad/artifacts'),
  /**
   * The public address of this deployment (http or https, ending in '/' or given one): exports
   * name the PROV-O context (`<base>contexts/prov-v1.jsonld`, served by the API) and each
   * ClaimReview's page (`<base>#/contradiction/<id>`) under it. Default: http://localhost:<ISNAD_PORT>/.
   * Node IRIs never depend on it.
   */
  ISNAD_BASE_IRI: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .refine((url) => !/[?#]/.test(url), 'must not have a query or a fragment')
    .optional(),
});

function isJsonArray(text: string): boolean {
  try {
    return Array.isArray(JSON.parse(text));
  } catch {
    return false;
  }
}

export interface LocalNeo4jConfig {
  dataDir: string;
  port: number;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  password: string;
}

export interface Neo4jConnectionConfig {
  uri: string;
  user: string;
  password: string;
  database: string | undefined;
}

/** An OpenAI-compatible chat-completions server that the user runs (the model extractor). */
export interface ModelServerConfig {
  /** Base URL; requests go to `{baseUrl}/chat/completions`. */
  baseUrl: string;
  model: string;
  apiKey: string | undefined;
  timeoutMs: number;
}

export interface AppConfig {
  /** `warmUp`: plan the main reads in the background once listening (ISNAD_WARM_UP). */
  http: { host: string; port: number; warmUp: boolean };
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** A remote Neo4j, or undefined when a local one must be started. */
  neo4j: Neo4jConnectionConfig | undefined;
  localNeo4j: LocalNeo4jConfig;
  /** Restarts of the local Neo4j by `serve` (see src/local-neo4j/supervise.ts). */
  localNeo4jRestarts: { maxRestarts: number; windowMs: number };
  /** The model server, or undefined when ISNAD_MODEL_URL is not set. */
  model: ModelServerConfig | undefined;
  neo4jCredentials: { user: string; password: string; database: string | undefined };
  auth: {
    /** Absolute path of the API key file. */
    keysFile: string;
    /** JSON of key records from the environment, or undefined. */
    keysJson: string | undefined;
    readAccess: z.infer<typeof environmentSchema>['ISNAD_READ_ACCESS'];
  };
  api: {
    /** ISNAD_ENV or NODE_ENV is `production`. */
    production: boolean;
    /** Introspection is answered (default: not in production). */
    introspection: boolean;
    limits: InputLimits;
    readCache: ReadCacheLimits;
  };
  ingest: { maxFileBytes: number; maxStringLength: number };
  intake: IntakeConfig;
  /** Exports: the base IRI (ends in '/'). */
  export: { baseIri: string };
}

/** How the intake fetches pages and where it keeps them (docs/intake.md). */
export interface IntakeConfig {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /** Lower-case `type/subtype`s read as HTML. */
  contentTypes: string[];
  allowPrivateAddresses: boolean;
  offline: boolean;
  userAgent: string;
  /** Absolute path of the artifact store. */
  artifactsDir: string;
  /**
   * Resolves a host name to every address it has; the fetcher resolves each host once with it,
   * checks the answer and connects to exactly those addresses. Default: the system resolver.
   */
  lookup?: HostLookup;
}

/** A resolver: every address of a host name (as `dns.promises.lookup` with `all: true` gives them). */
export type HostLookup = (hostname: string) => Promise<{ address: string; family: number }[]>;

/** Raised when the environment is invalid; the message names the variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration: ${problems.join('; ')}`);
  }
  const e = parsed.data;
  if (e.ISNAD_MODEL_URL !== undefined && e.ISNAD_MODEL_NAME === undefined) {
    throw new ConfigError('invalid configuration: ISNAD_MODEL_NAME: must be set when ISNAD_MODEL_URL is');
  }
  const production = (e.ISNAD_ENV ?? e.NODE_ENV) === 'production';
  const credentials = { user: e.NEO4J_USER, password: e.NEO4J_PASSWORD, database: e.NEO4J_DATABASE };
  return {
    http: { host: e.ISNAD_HOST, port: e.ISNAD_PORT, warmUp: e.ISNAD_WARM_UP === 'on' },
    logLevel: e.LOG_LEVEL,
    neo4j: e.NEO4J_URI === undefined ? undefined : { uri: e.NEO4J_URI, ...credentials },
    neo4jCredentials: credentials,
    localNeo4j: {
      dataDir: path.resolve(projectRoot(), e.ISNAD_NEO4J_DATA),
      port: e.ISNAD_NEO4J_PORT,
      heap: e.ISNAD_NEO4J_HEAP,
      pageCache: e.ISNAD_NEO4J_PAGECACHE,
      startTimeoutMs: e.ISNAD_NEO4J_START_TIMEOUT_MS,
      password: e.NEO4J_PASSWORD,
    },
    localNeo4jRestarts: {
      maxRestarts: e.ISNAD_NEO4J_MAX_RESTARTS,
      windowMs: e.ISNAD_NEO4J_RESTART_WINDOW_MS,
    },
    model:
      e.ISNAD_MODEL_URL === undefined || e.ISNAD_MODEL_NAME === undefined
        ? undefined
        : {
            baseUrl: e.ISNAD_MODEL_URL,
            model: e.ISNAD_MODEL_NAME,
            apiKey: e.ISNAD_MODEL_API_KEY,
            timeoutMs: e.ISNAD_MODEL_TIMEOUT_MS,
          },
    auth: {
      keysFile: path.resolve(projectRoot(), e.ISNAD_API_KEYS_FILE),
      keysJson: e.ISNAD_API_KEYS,
      readAccess: e.ISNAD_READ_ACCESS,
    },
    api: {
      production,
      introspection: e.ISNAD_INTROSPECTION === undefined ? !production : e.ISNAD_INTROSPECTION === 'true',
      limits: {
        maxBodyBytes: e.ISNAD_MAX_BODY_BYTES,
        maxStringLength: e.ISNAD_MAX_STRING_LENGTH,
        maxSearchTextLength: e.ISNAD_MAX_SEARCH_TEXT_LENGTH,
        maxSearchTerms: e.ISNAD_MAX_SEARCH_TERMS,
      },
      readCache: { maxEntries: e.ISNAD_READ_CACHE_ENTRIES, maxBytes: e.ISNAD_READ_CACHE_MB * 1024 * 1024 },
    },
    ingest: {
      maxFileBytes: e.ISNAD_MAX_ANNOTATION_BYTES,
      maxStringLength: e.ISNAD_MAX_ANNOTATION_STRING_LENGTH,
    },
    intake: {
      timeoutMs: e.ISNAD_INTAKE_TIMEOUT_MS,
      maxBytes: e.ISNAD_INTAKE_MAX_BYTES,
      maxRedirects: e.ISNAD_INTAKE_MAX_REDIRECTS,
      contentTypes: e.ISNAD_INTAKE_CONTENT_TYPES.split(',').map((t) => t.trim().toLowerCase()),
      allowPrivateAddresses: e.ISNAD_INTAKE_ALLOW_PRIVATE === 'true',
      offline: e.ISNAD_INTAKE_OFFLINE === 'true',
      userAgent: e.ISNAD_INTAKE_USER_AGENT ?? `isnad/${appVersion()} (article intake)`,
      artifactsDir: path.resolve(projectRoot(), e.ISNAD_ARTIFACTS_DIR),
    },
    export: { baseIri: withSlash(e.ISNAD_BASE_IRI ?? `http://localhost:${e.ISNAD_PORT}/`) },
  };
}

const withSlash = (url: string): string => (url.endsWith('/') ? url : `${url}/`);
