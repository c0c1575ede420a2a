/**
 * The raw pages a bundle carries: for each Artifact node an export reads (the bytes an intake's
 * retrieval used), a copy from the artifact store under `artifacts/sha256/<hex>`, so that an
 * auditor holding only the bundle can re-run the extraction (verify does). A page the store does
 * not hold (another machine's intake) is not carried, and verify says it could not re-run it.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ExportNode } from '../graph/export-reader';
import { readArtifact } from '../intake/artifact-store';
import { ARTIFACTS_DIR } from './manifest';
import type { CarriedArtifact } from './manifest';

const SHA256 = /^[0-9a-f]{64}$/;

export class BundleArtifacts {
  private readonly carried: CarriedArtifact[] = [];

  constructor(
    private readonly dir: string,
    private readonly store: string | undefined,
  ) {}

  /** Copies the artifact's bytes into the bundle when the store holds them. */
  add(node: ExportNode): void {
    const sha256 = node.props.sha256;
    if (this.store === undefined || typeof sha256 !== 'string' || !SHA256.test(sha256)) return;
    const bytes = readArtifact(this.store, sha256);
    if (bytes === null) return;
    const file = `${ARTIFACTS_DIR}/sha256/${sha256}`;
    fs.mkdirSync(path.join(this.dir, ARTIFACTS_DIR, 'sha256'), { recursive: true });
    fs.writeFileSync(path.join(this.dir, file), bytes);
    this.carried.push({ sha256, byteLength: bytes.byteLength, file });
  }

  /** What the manifest lists, by sha256; undefined when nothing was carried. */
  list(): CarriedArtifact[] | undefined {
    if (this.carried.length === 0) return undefined;
    return [...this.carried].sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1));
  }
}
