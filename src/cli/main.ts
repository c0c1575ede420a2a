#!/usr/bin/env node
import { Command } from 'commander';
import { appVersion } from '../config/project-root';
import { registerEval } from './commands/eval';
import { registerExport } from './commands/export';
import { registerImport } from './commands/import';
import { registerIngest } from './commands/ingest';
import { registerIntake } from './commands/intake';
import { registerKeys } from './commands/keys';
import { registerPropose } from './commands/propose';
import { registerSearch } from './commands/search';
import { registerServe } from './commands/serve';
import { registerVerify } from './commands/verify';
import { loadExistingStatements } from '../extract/existing-from-graph';
import { withDatabase } from './with-database';
import { runCommand } from './run-command';
import { throwOnUsageErrors, unknownCommandIn, USAGE_EXIT_CODE } from './usage';

/** The `isnad` command. Each sub-command parses, calls a service, prints; nothing more. */
export function buildProgram(): Command {
  const program = throwOnUsageErrors(new Command('isnad'))
    .description('Isnad: a claim-provenance knowledge graph of attributed news statements')
    .version(appVersion());
  registerServe(program);
  registerIngest(program);
  registerImport(program);
  registerIntake(program);
  registerPropose(program, {
    loadExisting: () => withDatabase((db) => loadExistingStatements(db.executor)),
  });
  registerEval(program);
  registerKeys(program);
  registerSearch(program);
  registerExport(program);
  registerVerify(program);
  return program;
}

if (require.main === module) {
  const program = buildProgram();
  const unknown = unknownCommandIn(program, process.argv.slice(2));
  if (unknown !== null) {
    process.stderr.write(`isnad: unknown command '${unknown}' (see isnad --help)\n`);
    process.exitCode = USAGE_EXIT_CODE;
  } else {
    runCommand(() => program.parseAsync(process.argv));
  }
}
