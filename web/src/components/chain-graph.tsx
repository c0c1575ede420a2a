import { useId } from 'react';
import type { TransmissionRole } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { layoutChain } from '../lib/chain-layout';
import { textWidth, wrapText } from '../lib/measure-text';

export interface ChainGraphNode {
  id: string;
  role: TransmissionRole;
  label: string;
  labelEn?: string | null;
  direction: 'RTL' | 'LTR';
}

export interface ChainGraphEdge {
  from: number;
  to: number;
  omitted: number;
}

const LABEL_PX = 14;
const ROLE_PX = 12;
// a label takes up to three lines of this width; the node's box grows to its longest line
const MAX_LABEL = 170;
const LABEL_LINES = 3;
const LINE_HEIGHT = 18;
const MIN_NODE = 96;
const PAD_X = 12;

/**
 * The chain of transmission as a small graph (SVG): source → intermediaries → outlet, the outlet
 * → each carrier. It runs in the reading direction: right to left in Arabic. It draws exactly the
 * nodes the API returned; the API bounds how many (Statement.transmission(first:)).
 */
export function ChainGraph({
  nodes,
  edges,
  maxWidth,
}: {
  nodes: ChainGraphNode[];
  edges: ChainGraphEdge[];
  /** The space it has, in pixels: the chain wraps to fit it. */
  maxWidth?: number | undefined;
}) {
  const { t, language, dir } = useLanguage();
  const id = useId().replace(/[^\w-]/g, '');
  const roleName: Record<TransmissionRole, string> = {
    SOURCE: t.chainSource,
    INTERMEDIARY: t.chainIntermediary,
    OUTLET: t.chainOutlet,
    CARRIER: t.chainCarrier,
  };
  // the original words in Arabic, the English label (where there is one) in English
  const shown = nodes.map((node) => {
    const english = language === 'en' && node.labelEn ? node.labelEn : null;
    const full = english ?? node.label;
    const lines = wrapText(full, LABEL_PX, MAX_LABEL, LABEL_LINES);
    const width = Math.max(
      MIN_NODE,
      ...lines.map((line) => textWidth(line, LABEL_PX) + PAD_X * 2),
      textWidth(roleName[node.role], ROLE_PX) + PAD_X * 2,
    );
    return { node, full, lines, width, dir: english ? 'ltr' : node.direction === 'RTL' ? 'rtl' : 'ltr' };
  });
  const nodeHeight = 34 + LINE_HEIGHT * Math.max(1, ...shown.map((s) => s.lines.length));
  const layout = layoutChain(
    nodes.map((n) => n.role),
    shown.map((s) => Math.ceil(s.width)),
    nodeHeight,
    edges,
    dir === 'rtl',
    maxWidth,
  );
  const summary = shown.map((s) => `${roleName[s.node.role]}: ${s.full}`).join(dir === 'rtl' ? ' ← ' : ' → ');
  return (
    <svg
      className="chain-graph"
      role="img"
      aria-labelledby={`${id}-title`}
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      direction={dir}
    >
      <title id={`${id}-title`}>{summary}</title>
      <defs>
        <marker
          id={`${id}-arrow`}
          viewBox="0 0 10 10"
          refX="10"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0,0 L10,5 L0,10 z" className="chain-arrow" />
        </marker>
      </defs>
      {layout.lines.map((line, i) => (
        <g key={`edge-${i}`} className={line.omitted ? 'chain-edge chain-gap' : 'chain-edge'}>
          <polyline points={line.points.join(' ')} markerEnd={`url(#${id}-arrow)`} />
          {line.omitted ? (
            <text x={line.labelX} y={line.labelY} textAnchor="middle" className="chain-omitted">
              +{line.omitted}
            </text>
          ) : null}
        </g>
      ))}
      {shown.map((s, i) => {
        const box = layout.boxes[i]!;
        return (
          <g
            key={`${s.node.role}-${s.node.id}-${i}`}
            className={`chain-node chain-${s.node.role.toLowerCase()}`}
            data-role={s.node.role}
            transform={`translate(${box.x} ${box.y})`}
          >
            <rect width={box.width} height={box.height} rx="6" />
            <text x={box.width / 2} y={18} textAnchor="middle" className="chain-role">
              {roleName[s.node.role]}
            </text>
            {s.lines.map((line, n) => (
              <text
                key={n}
                x={box.width / 2}
                y={40 + n * LINE_HEIGHT}
                textAnchor="middle"
                direction={s.dir}
                className="chain-label"
              >
                {line}
              </text>
            ))}
          </g>
        );
      })}
    </svg>
  );
}
