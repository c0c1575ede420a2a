import { normaliseParagraph } from './normalise';

/**
 * Elements that begin and end a line of the article text: a paragraph boundary wherever a browser
 * would start a new block. Text between two boundaries is one paragraph, even when it sits loose in
 * a `div` or spans inline elements (`a`, `b`, `span`, ...), which never split a paragraph.
 */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);

/** Never article text: captions of pictures, scripts and what stands in for them. */
const SKIPPED = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'BUTTON']);

interface DomNode {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/**
 * The paragraphs of a DOM subtree, in document order, each normalised (`normaliseParagraph`);
 * empty ones are dropped. A `br` ends a line, as it does on the page.
 */
export function paragraphsOf(root: DomNode): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = () => {
    const line = normaliseParagraph(current);
    if (line !== '') lines.push(line);
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === 'BR') return flush();
    const block = BLOCKS.has(name);
    if (block) flush();
    for (let i = 0; i < node.childNodes.length; i += 1) walk(node.childNodes[i]!);
    if (block) flush();
  };
  walk(root);
  flush();
  return lines;
}
