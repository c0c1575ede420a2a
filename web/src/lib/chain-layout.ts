/**
 * Where each node and edge of a chain of transmission goes. The chain (source → intermediaries →
 * outlet) flows along a row and wraps onto the next row when the space runs out; the carriers
 * stand in a column beside the outlet, or under it when there is no room beside. Laid out left to
 * right, then mirrored for a right-to-left reader, so that the source always stands where reading
 * starts. Pure: the component measures the labels and the space, and draws what this returns.
 */
export type ChainRole = 'SOURCE' | 'INTERMEDIARY' | 'OUTLET' | 'CARRIER';

export interface ChainEdgeInput {
  from: number;
  to: number;
  omitted: number;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Line {
  /** A polyline: straight across a row, bent where the chain wraps or a carrier hangs below. */
  points: [number, number][];
  omitted: number;
  /** Where the count of left-out intermediaries is written. */
  labelX: number;
  labelY: number;
}

export interface ChainLayout {
  width: number;
  height: number;
  boxes: Box[];
  lines: Line[];
}

const GAP = 48;
const ROW_GAP = 36;
const COLUMN_GAP = 12;
const INDENT = 32;
const PAD = 8;

export function layoutChain(
  roles: ChainRole[],
  widths: number[],
  nodeHeight: number,
  edges: ChainEdgeInput[],
  rtl: boolean,
  maxWidth = Infinity,
): ChainLayout {
  const h = nodeHeight;
  const boxes: Box[] = roles.map((_, i) => ({ x: 0, y: 0, width: widths[i] ?? 0, height: h }));
  const row = new Map<number, number>();
  // the chain, row by row
  let x = PAD;
  let y = PAD;
  let r = 0;
  roles.forEach((role, i) => {
    if (role === 'CARRIER') return;
    const w = boxes[i]!.width;
    if (x > PAD && x + w + PAD > maxWidth) {
      x = PAD;
      y += h + ROW_GAP;
      r += 1;
    }
    boxes[i] = { ...boxes[i]!, x, y };
    row.set(i, r);
    x += w + GAP;
  });
  const carriers = roles.flatMap((role, i) => (role === 'CARRIER' ? [i] : []));
  const outlet = boxes[roles.indexOf('OUTLET')] ?? boxes[0]!;
  const widest = Math.max(0, ...carriers.map((i) => boxes[i]!.width));
  // beside only on one row: rows above the outlet's may reach past it
  const beside = r === 0 && outlet.x + outlet.width + GAP + widest + PAD <= maxWidth;
  // beside: a column centred on the outlet's row; under: a column hanging from the outlet
  const column = carriers.length * h + Math.max(0, carriers.length - 1) * COLUMN_GAP;
  const top = beside ? outlet.y + (h - column) / 2 : outlet.y + h + COLUMN_GAP;
  carriers.forEach((i, n) => {
    boxes[i] = {
      ...boxes[i]!,
      x: beside ? outlet.x + outlet.width + GAP : outlet.x + INDENT,
      y: top + n * (h + COLUMN_GAP),
    };
  });
  // a column beside that reaches above the first row pushes everything down
  const shift = Math.max(0, PAD - Math.min(...boxes.map((b) => b.y)));
  for (const b of boxes) b.y += shift;

  const width = Math.max(...boxes.map((b) => b.x + b.width)) + PAD;
  const height = Math.max(...boxes.map((b) => b.y + b.height)) + PAD;
  const mx = (v: number) => (rtl ? width - v : v);
  const lines = edges.flatMap((edge): Line[] => {
    const a = boxes[edge.from];
    const b = boxes[edge.to];
    if (!a || !b) return [];
    let points: [number, number][];
    if (roles[edge.to] === 'CARRIER' && !beside) {
      const trunk = a.x + INDENT / 2;
      points = [
        [trunk, a.y + h],
        [trunk, b.y + h / 2],
        [b.x, b.y + h / 2],
      ];
    } else if (roles[edge.to] === 'CARRIER' || row.get(edge.from) === row.get(edge.to)) {
      points = [
        [a.x + a.width, a.y + h / 2],
        [b.x, b.y + h / 2],
      ];
    } else {
      // the chain wraps: down from the end of one row, back to the start of the next
      const middle = a.y + h + ROW_GAP / 2;
      points = [
        [a.x + a.width / 2, a.y + h],
        [a.x + a.width / 2, middle],
        [b.x + b.width / 2, middle],
        [b.x + b.width / 2, b.y],
      ];
    }
    const [p, q] = points.length === 4 ? [points[1]!, points[2]!] : [points[0]!, points[1]!];
    return [
      {
        points: points.map(([px, py]): [number, number] => [mx(px), py]),
        omitted: edge.omitted,
        labelX: mx((p[0] + q[0]) / 2),
        labelY: (p[1] + q[1]) / 2 - 6,
      },
    ];
  });
  return {
    width,
    height,
    boxes: boxes.map((b) => (rtl ? { ...b, x: width - b.x - b.width } : b)),
    lines,
  };
}
