import fs from 'fs';
import os from 'os';
import path from 'path';
import { Command } from 'commander';
import { registerEval } from '../../../src/cli/commands/eval';
import { registerPropose } from '../../../src/cli/commands/propose';
import { loadRuleSet, RuleFileError, rulesDirectory } from '../../../src/extract/rules-engine/load-rules';

function program(): Command {
  const p = new Command('isnad').exitOverride();
  registerPropose(p);
  registerEval(p);
  return p;
}

describe('rule files', () => {
  it('load and validate, with an id on every rule', () => {
    const rules = loadRuleSet();
    expect(rules.languages.ar.cues.length).toBeGreaterThan(10);
    expect(rules.languages.en.cues.map((c) => c.id)).toContain('en-cue-according-to');
  });

  it('name the file and the field when a rule is invalid', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-rules-'));
    for (const f of ['ar.yaml', 'en.yaml', 'gazetteer.yaml'])
      fs.copyFileSync(path.join(rulesDirectory(), f), path.join(dir, f));
    fs.appendFileSync(path.join(dir, 'en.yaml'), '\nunknownSection: true\n');
    expect(() => loadRuleSet(dir)).toThrow(RuleFileError);
    expect(() => loadRuleSet(dir)).toThrow(/en\.yaml: .*unknownSection/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('isnad propose', () => {
  let out: string;
  beforeEach(() => {
    out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'isnad-propose-')), 'draft.yaml');
  });

  it('writes a draft annotation to --out', async () => {
    const stderr = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const article = path.resolve(__dirname, '../../../seed/harbor-wire-iraq-drawdown.en.txt');
    await program().parseAsync(['propose', article, '--out', out, '--outlet', 'harbor-wire'], {
      from: 'user',
    });
    stderr.mockRestore();
    const draft = fs.readFileSync(out, 'utf8');
    expect(draft).toMatch(/^# Draft proposed by the Isnad rule-based proposer/);
    expect(draft).toMatch(/slug: harbor-wire-iraq-drawdown/);
    expect(draft).toMatch(/method: RULE/);
  });

  it('refuses a missing file and a bad --lang with a user-facing error', async () => {
    const missing = program().parseAsync(['propose', '/nonexistent/article.txt'], { from: 'user' });
    await expect(missing).rejects.toMatchObject({
      userFacing: true,
      message: expect.stringMatching(/cannot read .*ENOENT/),
    });
    const article = path.resolve(__dirname, '../../../seed/harbor-wire-iraq-drawdown.en.txt');
    const badLang = program().parseAsync(['propose', article, '--lang', 'fr'], { from: 'user' });
    await expect(badLang).rejects.toMatchObject({
      userFacing: true,
      message: '--lang must be one of ar, en (got "fr")',
    });
  });
});
