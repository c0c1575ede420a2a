import { layoutChain } from '../../../web/src/lib/chain-layout';
import type { ChainEdgeInput, ChainRole } from '../../../web/src/lib/chain-layout';

const H = 52;
const chain = (roles: ChainRole[]): ChainEdgeInput[] => {
  const outlet = roles.indexOf('OUTLET');
  return roles.flatMap((role, i): ChainEdgeInput[] =>
    role === 'CARRIER'
      ? [{ from: outlet, to: i, omitted: 0 }]
      : i > 0
        ? [{ from: i - 1, to: i, omitted: 0 }]
        : [],
  );
};
const ROLES: ChainRole[] = ['SOURCE', 'INTERMEDIARY', 'OUTLET', 'CARRIER', 'CARRIER'];
const WIDTHS = [120, 100, 110, 90, 90];

describe('the chain layout', () => {
  it('puts the chain on one row, source first, and the carriers in a column beside the outlet', () => {
    const { boxes, lines, width } = layoutChain(ROLES, WIDTHS, H, chain(ROLES), false);
    const [source, mid, outlet, c1, c2] = boxes;
    expect(source!.x).toBeLessThan(mid!.x);
    expect(mid!.x).toBeLessThan(outlet!.x);
    expect([source!.y, mid!.y]).toEqual([outlet!.y, outlet!.y]);
    expect(c1!.x).toBe(c2!.x);
    expect(c1!.x).toBeGreaterThan(outlet!.x + outlet!.width);
    // the column is centred on the outlet's row
    expect((c1!.y + c2!.y + H) / 2).toBeCloseTo(outlet!.y + H / 2);
    expect(lines).toHaveLength(4);
    expect(Math.max(...boxes.map((b) => b.x + b.width))).toBeLessThan(width);
  });

  it('mirrors every box and line for a right-to-left reader', () => {
    const ltr = layoutChain(ROLES, WIDTHS, H, chain(ROLES), false);
    const rtl = layoutChain(ROLES, WIDTHS, H, chain(ROLES), true);
    rtl.boxes.forEach((box, i) => {
      const other = ltr.boxes[i]!;
      expect(box.x).toBeCloseTo(ltr.width - other.x - other.width);
      expect(box.y).toBe(other.y);
    });
    expect(rtl.boxes[0]!.x).toBeGreaterThan(rtl.boxes[2]!.x);
    rtl.lines.forEach((line, i) =>
      line.points.forEach(([x, y], j) => {
        expect(x).toBeCloseTo(ltr.width - ltr.lines[i]!.points[j]![0]);
        expect(y).toBe(ltr.lines[i]!.points[j]![1]);
      }),
    );
  });

  it('wraps a chain wider than its space onto rows, and hangs the carriers under the outlet', () => {
    const roles: ChainRole[] = ['SOURCE', ...Array<ChainRole>(6).fill('INTERMEDIARY'), 'OUTLET', 'CARRIER'];
    const widths = roles.map(() => 100);
    const { boxes, lines, width } = layoutChain(roles, widths, H, chain(roles), false, 360);
    expect(width).toBeLessThanOrEqual(360);
    const rows = [...new Set(boxes.slice(0, 8).map((b) => b.y))];
    expect(rows.length).toBeGreaterThan(1);
    // within a row, further along; each row below the last
    boxes.slice(1, 8).forEach((box, i) => {
      const before = boxes[i]!;
      expect(box.y === before.y ? box.x > before.x : box.y > before.y).toBe(true);
    });
    const outlet = boxes[7]!;
    const carrier = boxes[8]!;
    expect(carrier.y).toBeGreaterThan(outlet.y + H);
    // a bent line where the chain wraps, and from the outlet down to its carrier
    expect(lines.filter((l) => l.points.length === 4).length).toBe(rows.length - 1);
    expect(lines.at(-1)!.points).toHaveLength(3);
  });

  it('writes the count of left-out intermediaries on their edge', () => {
    const roles: ChainRole[] = ['SOURCE', 'INTERMEDIARY', 'INTERMEDIARY', 'OUTLET'];
    const edges = [
      { from: 0, to: 1, omitted: 0 },
      { from: 1, to: 2, omitted: 7 },
      { from: 2, to: 3, omitted: 0 },
    ];
    const { boxes, lines } = layoutChain(roles, [100, 100, 100, 100], H, edges, false);
    const gap = lines[1]!;
    expect(gap.omitted).toBe(7);
    expect(gap.labelX).toBeGreaterThan(boxes[1]!.x + boxes[1]!.width);
    expect(gap.labelX).toBeLessThan(boxes[2]!.x);
  });
});
