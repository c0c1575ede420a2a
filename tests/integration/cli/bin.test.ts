import { spawnSync } from 'node:child_process';
import { projectRoot } from '../../../src/config/project-root';

describe('the isnad bin', () => {
  it('`npx isnad --help` lists every command (the package bin, built by npm ci)', () => {
    const result = spawnSync('npx', ['--no-install', 'isnad', '--help'], {
      cwd: projectRoot(),
      encoding: 'utf8',
    });
    expect(result.status).toBe(0);
    for (const command of [
      'serve',
      'seed',
      'ingest',
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
