import { parseHTML } from 'linkedom';
import { IntakeError } from './errors';

/** Elements a browser never renders as text where they stand (it puts them in the head). */
const HEAD_ONLY = new Set(['TITLE', 'META', 'LINK', 'BASE', 'STYLE']);

/**
 * A DOM of the page in the shape a browser gives it. HTML may leave out its `<html>` tag, and a
 * saved fragment (`<p>…</p>`) has none: a browser still builds html, head and body, but linkedom
 * makes the first element the root (or none), which Readability refuses. Such a page is parsed again
 * inside `<html>` (and `<body>` when it has none), after its doctype, with its head-only elements
 * moved to the head: the same elements and text, nothing rewritten.
 *
 * @throws IntakeError NO_ARTICLE when there is no element at all (JSON, plain text).
 */
export function parseDocument(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement?.tagName === 'HTML') return document;
  const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? '';
  const rest = html.slice(doctype.length);
  const wrapped = /<(head|body)[\s>]/i.test(rest)
    ? `${doctype}<html>${rest}</html>`
    : `${doctype}<html><head></head><body>${rest}</body></html>`;
  const reparsed = parseHTML(wrapped).document;
  const { head, body } = reparsed;
  if (head !== null && body !== null)
    for (const element of [...body.children]) if (HEAD_ONLY.has(element.tagName)) head.appendChild(element);
  if (body?.firstElementChild == null)
    throw new IntakeError('NO_ARTICLE', 'the page holds no HTML elements: is it a web page?');
  return reparsed;
}
