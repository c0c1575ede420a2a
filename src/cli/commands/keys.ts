import { createInterface } from 'node:readline/promises';
import { Option } from 'commander';
import type { Command } from 'commander';
import { KeyStore } from '../../auth/key-store';
import type { KeyListing } from '../../auth/key-store';
import { ROLES } from '../../auth/roles';
import type { Role } from '../../auth/roles';
import { loadConfig } from '../../config/config';

/**
 * `isnad keys create|revoke|list`: manages the API keys of the key file (`ISNAD_API_KEYS_FILE`).
 * `openStore` is replaceable for tests; by default it reads the configuration.
 */
export function registerKeys(
  program: Command,
  openStore: () => KeyStore = () => KeyStore.fromConfig(loadConfig().auth),
  confirm: (question: string) => Promise<boolean> = confirmOnTerminal,
): void {
  const keys = program.command('keys').description('create, revoke and list API keys');

  keys
    .command('create')
    .description('create an API key and print it (once: only its hash is stored)')
    .addOption(new Option('--role <role>', 'what the key may do').choices(ROLES).makeOptionMandatory())
    .option('--name <name>', 'who or what the key is for (shown in lists)', '')
    .action((options: { role: Role; name: string }) => {
      const store = openStore();
      const created = store.createKey(options.role, options.name);
      // The key alone on stdout, so `KEY=$(isnad keys create …)` captures it; the notice goes to stderr.
      process.stdout.write(`${created.key}\n`);
      process.stderr.write(
        `created ${options.role} key ${created.id} in ${store.file}; ` +
          'copy the key now: it will not be shown again\n',
      );
    });

  keys
    .command('revoke')
    .description('revoke an API key: requests presenting it are refused from now on')
    .argument('<id>', 'the key id (the 12 hex characters after "isnad_", as in `isnad keys list`)')
    .option('--yes', 'do not ask for confirmation in a terminal')
    .action(async (id: string, options: { yes?: boolean }) => {
      const store = openStore();
      if (
        !options.yes &&
        !(await confirm(`revoke key ${id}? requests presenting it will be refused [y/N] `))
      ) {
        throw new KeysCliError(`key ${id} not revoked`);
      }
      const revoked = store.revokeKey(id);
      process.stdout.write(`revoked key ${revoked.id} at ${revoked.revokedAt ?? ''}\n`);
    });

  keys
    .command('list')
    .description('list API keys (never their secrets or hashes)')
    .option('--json', 'print the keys as a JSON array')
    .action((options: { json?: boolean }) => {
      const store = openStore();
      const listed = store.listKeys();
      if (options.json) {
        process.stdout.write(`${JSON.stringify(listed, null, 2)}\n`);
        return;
      }
      if (listed.length === 0) {
        process.stderr.write(`no API keys (key file: ${store.file})\n`);
        return;
      }
      process.stdout.write(formatTable(listed));
    });
}

/** A refusal of the user's own making: printed as one line (`isnad: …`), exit 1. */
class KeysCliError extends Error {
  readonly userFacing = true;
}

/**
 * Asks on the terminal; without one (a script, a pipe) there is no one to ask and the command
 * goes ahead, as it did before the question existed.
 */
async function confirmOnTerminal(question: string): Promise<boolean> {
  if (!process.stdin.isTTY || !process.stderr.isTTY) return true;
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^y(es)?$/i.test((await prompt.question(question)).trim());
  } finally {
    prompt.close();
  }
}

function formatTable(keys: KeyListing[]): string {
  const header = ['ID', 'NAME', 'ROLE', 'CREATED', 'REVOKED', 'SOURCE'];
  const rows = keys.map((k) => [k.id, k.name || '-', k.role, k.createdAt, k.revokedAt ?? '-', k.source]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((r) => r[column]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [header, ...rows].map(line).join('\n') + '\n';
}
