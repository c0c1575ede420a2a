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
    .action((id: string) => {
      const revoked = openStore().revokeKey(id);
      process.stdout.write(`revoked key ${revoked.id} at ${revoked.revokedAt ?? ''}\n`);
    });

  keys
    .command('list')
    .description('list API keys (never their secrets or hashes)')
    .action(() => {
      const store = openStore();
      const listed = store.listKeys();
      if (listed.length === 0) {
        process.stderr.write(`no API keys (key file: ${store.file})\n`);
        return;
      }
      process.stdout.write(formatTable(listed));
    });
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
