import fs from 'node:fs';
import path from 'node:path';
import { sha256Hex } from '../text/hash';

/** A stored raw page: `sha256:<hex>` names it wherever it is kept. */
export interface Artifact {
  sha256: string;
  /** `sha256:<hex>`, as provenance records it. */
  ref: string;
  bytes: number;
}

/** Where the artifact of a hash lives: `<dir>/sha256/<first two hex digits>/<hex>`. */
export function artifactPath(dir: string, sha256: string): string {
  return path.join(dir, 'sha256', sha256.slice(0, 2), sha256);
}

/**
 * Keeps bytes under their sha256, once: a second store of the same bytes writes nothing, and a
 * stored file is never replaced. Written to a temporary name and renamed, so a reader never sees
 * half a page.
 */
export function storeArtifact(dir: string, bytes: Uint8Array): Artifact {
  const sha256 = sha256Hex(bytes);
  const target = artifactPath(dir, sha256);
  if (!fs.existsSync(target)) {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    fs.writeFileSync(temporary, bytes, { flag: 'wx' });
    fs.renameSync(temporary, target);
  }
  return { sha256, ref: `sha256:${sha256}`, bytes: bytes.byteLength };
}

/** The bytes stored for a hash, or null when the store does not hold them (or they changed). */
export function readArtifact(dir: string, sha256: string): Buffer | null {
  const target = artifactPath(dir, sha256);
  if (!fs.existsSync(target)) return null;
  const bytes = fs.readFileSync(target);
  return sha256Hex(bytes) === sha256 ? bytes : null;
}
