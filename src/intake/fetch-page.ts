import { fetch } from 'undici';
import type { Response } from 'undici';
import type { IntakeConfig } from '../config/config';
import { checkHost } from './address-check';
import { IntakeError } from './errors';
import { pinnedAgent } from './pinned-agent';

export type FetcherOptions = Pick<
  IntakeConfig,
  | 'timeoutMs'
  | 'maxBytes'
  | 'maxRedirects'
  | 'contentTypes'
  | 'allowPrivateAddresses'
  | 'offline'
  | 'userAgent'
  | 'lookup'
>;

/** One hop that answered with a redirect. */
export interface RedirectHop {
  url: string;
  status: number;
  location: string;
}

/** A page as the server sent it: the bytes untouched, and how they came. */
export interface FetchedPage {
  requestedUrl: string;
  /** The URL that answered with the page, after redirects. */
  finalUrl: string;
  redirects: RedirectHop[];
  status: number;
  contentType: string | null;
  contentLanguage: string | null;
  bytes: Buffer;
  /** When the page's response headers arrived (ISO 8601, UTC). */
  retrievedAt: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Parses a URL the intake may fetch (http or https, no credentials in it). */
export function parsePageUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new IntakeError('BAD_URL', `"${raw}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new IntakeError('BAD_URL', `${url.protocol} URLs are not fetched (http or https only)`);
  }
  if (url.username !== '' || url.password !== '') {
    throw new IntakeError('BAD_URL', 'URLs with credentials are not fetched');
  }
  return url;
}

/**
 * GETs a page with undici's fetch, following redirects by hand, within one overall timeout. Each
 * hop's host is resolved once and checked (every address public, unless allowed), and the request
 * connects to exactly those addresses (pinned-agent.ts), at most `maxRedirects` hops. Refuses a
 * final status other than 2xx, a content type not in `contentTypes`, and a body over `maxBytes`
 * (announced or counted: it is never cut). Offline, nothing is fetched.
 *
 * @throws IntakeError naming the reason (docs/intake.md lists them).
 */
export async function fetchPage(raw: string, options: FetcherOptions): Promise<FetchedPage> {
  if (options.offline) {
    throw new IntakeError('OFFLINE', 'the intake is offline (ISNAD_INTAKE_OFFLINE=true): give a saved page');
  }
  const requested = parsePageUrl(raw);
  const signal = AbortSignal.timeout(options.timeoutMs);
  const redirects: RedirectHop[] = [];
  let url = requested;
  try {
    for (;;) {
      const host = await checkHost(url, options.allowPrivateAddresses, options.lookup);
      const dispatcher = pinnedAgent(host);
      try {
        const response = await fetch(url, {
          redirect: 'manual',
          signal,
          dispatcher,
          headers: {
            'user-agent': options.userAgent,
            accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1',
          },
        });
        const location = response.headers.get('location');
        if (REDIRECTS.has(response.status) && location !== null) {
          await response.body?.cancel();
          if (redirects.length >= options.maxRedirects) {
            throw new IntakeError(
              'TOO_MANY_REDIRECTS',
              `more than ${options.maxRedirects} redirects from ${requested.href}`,
            );
          }
          const next = parsePageUrl(new URL(location, url).href);
          redirects.push({ url: url.href, status: response.status, location: next.href });
          url = next;
          continue;
        }
        return await pageOf(response, requested, url, redirects, options);
      } finally {
        // The body is read or cancelled by now; nothing else may use this hop's pinned connection.
        dispatcher.destroy().catch(() => undefined);
      }
    }
  } catch (error) {
    if (error instanceof IntakeError) throw error;
    if (signal.aborted) {
      throw new IntakeError('TIMEOUT', `${url.href} did not arrive within ${options.timeoutMs} ms`);
    }
    const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).message;
    throw new IntakeError('FETCH_FAILED', `cannot fetch ${url.href} (${cause})`);
  }
}

/** The page of a final (non-redirect) response, or the reason it is refused. */
async function pageOf(
  response: Response,
  requested: URL,
  url: URL,
  redirects: RedirectHop[],
  options: FetcherOptions,
): Promise<FetchedPage> {
  const retrievedAt = new Date().toISOString();
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    throw new IntakeError('HTTP_STATUS', `${url.href} answered HTTP ${response.status}`);
  }
  const contentType = response.headers.get('content-type');
  const mediaType = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!options.contentTypes.includes(mediaType)) {
    await response.body?.cancel();
    throw new IntakeError(
      'UNSUPPORTED_CONTENT_TYPE',
      `${url.href} is ${mediaType || 'of no declared type'}, not a web page (${options.contentTypes.join(', ')})`,
    );
  }
  const bytes = await readCapped(response, options.maxBytes, url.href);
  return {
    requestedUrl: requested.href,
    finalUrl: url.href,
    redirects,
    status: response.status,
    contentType,
    contentLanguage: response.headers.get('content-language'),
    bytes,
    retrievedAt,
  };
}

async function readCapped(response: Response, maxBytes: number, url: string): Promise<Buffer> {
  const tooLarge = () =>
    new IntakeError('TOO_LARGE', `${url} is larger than ${maxBytes} bytes (ISNAD_INTAKE_MAX_BYTES)`);
  const announced = Number(response.headers.get('content-length'));
  if (Number.isFinite(announced) && announced > maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (response.body === null) return Buffer.alloc(0);
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
