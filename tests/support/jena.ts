/**
 * Apache Jena's command-line tools (riot, rdfcompare, shacl) from Maven Central, built once into
 * rdf-tools/target/lib by `mvn package` (as the Neo4j launcher is), for tests that check exports
 * with an RDF toolchain that no one here wrote.
 *
 * Every run is offline: the JVM's HTTP and HTTPS proxies point at a closed port, so a document
 * that needs a context from the network fails to load instead of quietly fetching it.
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/project-root';

const PROJECT = path.join(projectRoot(), 'rdf-tools');
const LIB = path.join(PROJECT, 'target', 'lib');
const STAMP = path.join(PROJECT, 'target', 'pom.sha256');

const OFFLINE = [
  '-Dhttp.proxyHost=127.0.0.1',
  '-Dhttp.proxyPort=9',
  '-Dhttps.proxyHost=127.0.0.1',
  '-Dhttps.proxyPort=9',
  '-Dhttp.nonProxyHosts=',
];

export interface JenaRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Builds rdf-tools with Maven unless a build of the same pom.xml is there. */
export function ensureJena(): void {
  const pomHash = crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(PROJECT, 'pom.xml')))
    .digest('hex');
  if (fs.existsSync(LIB) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8').trim() === pomHash) return;
  const build = spawnSync('mvn', ['-B', '-q', '-f', path.join(PROJECT, 'pom.xml'), 'package'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (build.error !== undefined || build.status !== 0)
    throw new Error(`building rdf-tools with Maven failed: ${build.error?.message ?? build.stderr}`);
  fs.writeFileSync(STAMP, `${pomHash}\n`);
}

/** Runs one of Jena's commands (`riotcmd.riot`, `jena.rdfcompare`, `shacl.shacl`), offline. */
export function jena(mainClass: string, args: readonly string[]): JenaRun {
  const run = spawnSync('java', ['-Xmx512m', ...OFFLINE, '-cp', `${LIB}${path.sep}*`, mainClass, ...args], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: 300_000,
  });
  if (run.error !== undefined) throw run.error;
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

export interface RiotFileResult {
  /** Triples (or quads) read; undefined when the file could not be read. */
  count: number | undefined;
  /** The ERROR and WARN lines riot logged while reading this file. */
  problems: string[];
}

/**
 * Reads many files in one JVM, strictly (`riot --count --check --strict`), and tells for each one
 * how many triples riot read and what it complained about.
 */
export function riotCheck(files: readonly string[]): Map<string, RiotFileResult> {
  const run = jena('riotcmd.riot', ['--count', '--check', '--strict', ...files]);
  const results = new Map<string, RiotFileResult>(files.map((f) => [f, { count: undefined, problems: [] }]));
  let current: RiotFileResult | undefined;
  for (const line of run.stderr.split('\n')) {
    const file = /INFO org\.apache\.jena\.riot - File: (.*)$/.exec(line)?.[1];
    if (file !== undefined) current = results.get(file);
    else if (/\b(ERROR|WARN)\b/.test(line)) current?.problems.push(line);
  }
  // riot prints the counts with its log, on stderr
  for (const line of `${run.stderr}\n${run.stdout}`.split('\n')) {
    const match = /^(.*) : (?:Triples|Quads) = ([\d,]+)$/.exec(line);
    const result = match && results.get(match[1]!);
    if (result) result.count = Number(match[2]!.replace(/,/g, ''));
  }
  return results;
}

/** `riot --validate`: parses strictly and prints nothing but warnings and errors. */
export function riotValidate(file: string): JenaRun {
  return jena('riotcmd.riot', ['--validate', file]);
}

/** The number of triples (or quads) riot reads from a file. */
export function riotCount(file: string): number {
  const run = jena('riotcmd.riot', ['--count', file]);
  const match = /(?:Triples|Quads) = ([\d,]+)/.exec(run.stdout + run.stderr);
  if (run.status !== 0 || match === null) throw new Error(`riot could not read ${file}: ${run.stderr}`);
  return Number(match[1]!.replace(/,/g, ''));
}

/** Re-serialises a file with riot (Jena's writer, its own blank node labels and order). */
export function riotConvert(file: string, format: 'NQUADS' | 'TURTLE' | 'JSONLD', out: string): void {
  const run = jena('riotcmd.riot', [`--formatted=${format}`, file]);
  if (run.status !== 0) throw new Error(`riot could not convert ${file}: ${run.stderr}`);
  fs.writeFileSync(out, run.stdout);
}

/** Whether two files hold isomorphic RDF (Jena's rdfcompare; blank nodes matched by structure). */
export function isomorphic(a: string, b: string): boolean {
  const lang = (file: string) =>
    file.endsWith('.nq') ? 'N-QUADS' : file.endsWith('.ttl') ? 'TURTLE' : 'JSON-LD';
  const run = jena('jena.rdfcompare', [a, b, lang(a), lang(b)]);
  if (run.status !== 0 && !/unequal/.test(run.stdout))
    throw new Error(`rdfcompare failed: ${run.stdout}${run.stderr}`);
  return run.status === 0 && /models are equal/.test(run.stdout);
}

/** SHACL validation with Jena's engine: `Conforms`, or the violations in its text form. */
export function shaclValidate(shapes: string, data: string): { conforms: boolean; report: string } {
  const run = jena('shacl.shacl', ['validate', '--text', '--shapes', shapes, '--data', data]);
  if (run.status !== 0) throw new Error(`shacl failed: ${run.stderr}`);
  return { conforms: run.stdout.trim() === 'Conforms', report: run.stdout };
}
