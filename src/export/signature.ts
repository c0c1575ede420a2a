/**
 * Ed25519 signatures over a bundle's manifest, with node:crypto and PEM key files (PKCS#8 private,
 * SPKI public: what `openssl genpkey -algorithm ed25519` and `isnad export-keygen` write).
 */
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { bundleError, manifestBytes } from './manifest';
import type { BundleManifest } from './manifest';

function readKey(file: string, kind: 'private' | 'public'): KeyObject {
  let key: KeyObject;
  try {
    const pem = fs.readFileSync(file, 'utf8');
    key = kind === 'private' ? createPrivateKey(pem) : createPublicKey(pem);
  } catch (error) {
    throw bundleError(`cannot read the ${kind} key ${file}: ${(error as Error).message}`);
  }
  if (key.asymmetricKeyType !== 'ed25519') {
    throw bundleError(
      `${file} is a ${key.asymmetricKeyType ?? 'non-asymmetric'} key; an Ed25519 key is needed`,
    );
  }
  return key;
}

/** Throws a user-facing error unless `keyFile` holds an Ed25519 private key (checked before exporting). */
export function assertSigningKey(keyFile: string): void {
  readKey(keyFile, 'private');
}

/** The signature (base64) of a manifest by the private key in `keyFile`. */
export function signManifest(manifest: BundleManifest, keyFile: string): string {
  return sign(null, manifestBytes(manifest), readKey(keyFile, 'private')).toString('base64');
}

/** Whether `signature` (base64) is the public key's signature of the manifest. */
export function checkManifestSignature(
  manifest: BundleManifest,
  signature: string,
  keyFile: string,
): boolean {
  const key = readKey(keyFile, 'public');
  return verify(null, manifestBytes(manifest), key, Buffer.from(signature.trim(), 'base64'));
}

/** Writes a new key pair as `<name>.pem` (private, mode 600) and `<name>.pub.pem`; returns both paths. */
export function generateSigningKeys(
  dir: string,
  name = 'isnad-export',
): { privateKey: string; publicKey: string } {
  fs.mkdirSync(dir, { recursive: true });
  const privateKey = path.join(dir, `${name}.pem`);
  const publicKey = path.join(dir, `${name}.pub.pem`);
  for (const file of [privateKey, publicKey]) {
    if (fs.existsSync(file)) throw bundleError(`${file} exists; not overwriting a key`);
  }
  const pair = generateKeyPairSync('ed25519', {
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  fs.writeFileSync(privateKey, pair.privateKey, { mode: 0o600 });
  fs.writeFileSync(publicKey, pair.publicKey);
  return { privateKey, publicKey };
}
