import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../src/config/project-root';

// The package bin is what `npx isnad` and `npm run isnad` start. It is run here with this
// very node, so the test does not depend on PATH or on npx's package cache.
const manifest = JSON.parse(readFileSync(join(projectRoot(), 'package.json'), 'utf8')) as {
  bin: Record<string, string>;
  scripts: Record<string, string>;
};
const binFile = join(projectRoot(), manifest.bin['isnad'] ?? 'missing');

describe('the isnad bin (built by npm ci)', () => {
  it('is an executable node script, and `npm run isnad` starts the same file', () => {
    expect(readFileSync(binFile, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
    expect(() => accessSync(binFile, constants.X_OK)).not.toThrow();
    expect(manifest.scripts['isnad']).toBe(`node ${manifest.bin['isnad']}`);
  });

  it('`isnad --help` lists every command', () => {
    const result = spawnSync(process.execPath, [binFile, '--help'], {
      cwd: projectRoot(),
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    for (const command of [
      'serve',
      'seed',
      'ingest',
      'import',
      'propose',
      'eval',
      'keys',
      'search',
      'export',
      'verify',
    ]) {
      expect(result.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
  });
});
