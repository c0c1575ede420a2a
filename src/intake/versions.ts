import fs from 'node:fs';
import { appVersion } from '../config/project-root';

/** The software that turned bytes into text, as recorded on every intake: re-run it to check. */
export interface ExtractorInfo {
  name: string;
  version: string;
  dom: { name: string; version: string };
  isnadVersion: string;
}

let cached: ExtractorInfo | undefined;

const versionOf = (pkg: string): string =>
  (JSON.parse(fs.readFileSync(require.resolve(`${pkg}/package.json`), 'utf8')) as { version: string })
    .version;

/** The installed versions of Readability and linkedom (read from their package.json once). */
export function extractorVersions(): ExtractorInfo {
  cached ??= {
    name: '@mozilla/readability',
    version: versionOf('@mozilla/readability'),
    dom: { name: 'linkedom', version: versionOf('linkedom') },
    isnadVersion: appVersion(),
  };
  return cached;
}
