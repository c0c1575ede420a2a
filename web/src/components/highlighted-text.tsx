import { useEffect, useId, useLayoutEffect, useMemo, useRef } from 'react';
import { codePointToUtf16, utf16ToCodePoint } from '../lib/code-points';

export interface TextSpan {
  id: string;
  /** Code points, as the API counts them. */
  start: number;
  end: number;
}

interface Props {
  text: string;
  lang: string;
  dir: 'rtl' | 'ltr';
  spans: TextSpan[];
  selectedId?: string | undefined;
  onSelect?: (id: string) => void;
  label: string;
}

/** Highlight names styled in styles.css (`::highlight(...)`). */
export const SPAN_HIGHLIGHT = 'isnad-span';
export const SELECTED_HIGHLIGHT = 'isnad-selected';

// Several texts can be on screen (both sides of a contradiction): each registers its ranges
// here and the two named highlights are rebuilt from all of them.
const registered = new Map<string, { spans: Range[]; selected: Range[] }>();

function publish(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const all = [...registered.values()];
  CSS.highlights.set(SPAN_HIGHLIGHT, new Highlight(...all.flatMap((r) => r.spans)));
  CSS.highlights.set(SELECTED_HIGHLIGHT, new Highlight(...all.flatMap((r) => r.selected)));
}

/**
 * An original text with its statement spans highlighted through the CSS Custom Highlight API:
 * the text stays one text node, so no element splits a word and Arabic letters keep joining.
 * A click inside a span selects it (the innermost span when spans nest).
 */
export function HighlightedText({ text, lang, dir, spans, selectedId, onSelect, label }: Props) {
  const key = useId();
  const ref = useRef<HTMLDivElement>(null);
  const toUnits = useMemo(() => codePointToUtf16(text), [text]);

  useLayoutEffect(() => {
    const node = ref.current?.firstChild;
    if (!node || node.nodeType !== Node.TEXT_NODE) return;
    const range = (span: TextSpan): Range => {
      const r = new Range();
      r.setStart(node, toUnits(span.start));
      r.setEnd(node, toUnits(span.end));
      return r;
    };
    const selected = spans.filter((s) => s.id === selectedId).map(range);
    registered.set(key, { spans: spans.filter((s) => s.id !== selectedId).map(range), selected });
    publish();
    const container = ref.current;
    const first = selected[0];
    if (container && first && container.scrollHeight > container.clientHeight) {
      const top = first.getBoundingClientRect().top - container.getBoundingClientRect().top;
      container.scrollTop += top - container.clientHeight / 3;
    }
  }, [key, spans, selectedId, toUnits]);

  useEffect(
    () => () => {
      registered.delete(key);
      publish();
    },
    [key],
  );

  const pick = (event: React.MouseEvent) => {
    if (!onSelect) return;
    const position = caretAt(event.clientX, event.clientY);
    if (!position || position.node !== ref.current?.firstChild) return;
    const point = utf16ToCodePoint(text, position.offset);
    const hits = spans.filter((s) => s.start <= point && point < s.end);
    hits.sort((a, b) => a.end - a.start - (b.end - b.start));
    if (hits[0]) onSelect(hits[0].id);
  };

  return (
    <div
      ref={ref}
      className="article-text"
      lang={lang}
      dir={dir}
      aria-label={label}
      role="document"
      tabIndex={0}
      onClick={pick}
    >
      {text}
    </div>
  );
}

function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  if ('caretPositionFromPoint' in document) {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = (document as Document).caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
