import { appVersion } from '../config/project-root';
import type { ToolInfo } from './build-records';

/** Isnad itself, as recorded on every activity: name and package.json version. */
export function isnadTool(): ToolInfo {
  return { name: 'isnad', version: appVersion() };
}
