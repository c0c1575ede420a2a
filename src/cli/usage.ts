import { CommanderError } from 'commander';
import type { Command } from 'commander';

/** Exit status of a usage error (unknown command or option, missing argument), as POSIX tools use. */
export const USAGE_EXIT_CODE = 2;

/**
 * Makes commander throw instead of exiting, on this command and every sub-command registered
 * after it, so that `runCommand` picks the exit status: 0 for help and version, 2 for usage errors.
 */
export function throwOnUsageErrors(program: Command): Command {
  return program.exitOverride();
}

/**
 * The first word of `args` that names no sub-command where one is expected (`isnad nosuch
 * --help`), or null. Commander would answer `--help` after it with the parent's help and exit 0.
 */
export function unknownCommandIn(program: Command, args: string[]): string | null {
  let command = program;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    if (command.commands.length === 0) return null;
    const next = command.commands.find((c) => c.name() === arg || c.aliases().includes(arg));
    if (next === undefined) return arg === 'help' ? null : arg;
    command = next;
  }
  return null;
}

/** The exit status for an error commander threw: 0 for help and version, 2 for usage errors. */
export function commanderExitCode(error: unknown): number | null {
  if (!(error instanceof CommanderError)) return null;
  return error.exitCode === 0 ? 0 : USAGE_EXIT_CODE;
}
