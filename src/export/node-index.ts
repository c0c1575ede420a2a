/**
 * Lookups over a page of exported nodes, for formats that describe a node with its neighbours
 * (an annotation needs its article, source and glosses; a review needs both claims).
 */
import type { ExportNode } from '../graph/export-reader';

export class NodeIndex {
  private readonly byId = new Map<string, ExportNode>();
  private readonly incomingEdges = new Map<string, { type: string; from: ExportNode }[]>();

  constructor(readonly nodes: readonly ExportNode[]) {
    for (const node of nodes) this.byId.set(node.id, node);
    for (const node of nodes) {
      for (const edge of node.out) {
        const list = this.incomingEdges.get(edge.to) ?? [];
        list.push({ type: edge.type, from: node });
        this.incomingEdges.set(edge.to, list);
      }
    }
  }

  get(id: string): ExportNode | undefined {
    return this.byId.get(id);
  }

  /** Nodes `node` points at through relationships of `type` (those in the page). */
  linked(node: ExportNode, type: string, where?: (props: Record<string, unknown>) => boolean): ExportNode[] {
    return node.out
      .filter((edge) => edge.type === type && (where === undefined || where(edge.props)))
      .map((edge) => this.byId.get(edge.to))
      .filter((n): n is ExportNode => n !== undefined);
  }

  first(
    node: ExportNode,
    type: string,
    where?: (props: Record<string, unknown>) => boolean,
  ): ExportNode | undefined {
    return this.linked(node, type, where)[0];
  }

  /** Nodes of the page that point at `id` through relationships of `type`. */
  incoming(id: string, type: string): ExportNode[] {
    return (this.incomingEdges.get(id) ?? []).filter((e) => e.type === type).map((e) => e.from);
  }
}

/** A string property, or undefined when absent (so JSON output leaves the key out). */
export function str(node: ExportNode | undefined, prop: string): string | undefined {
  const value = node?.props[prop];
  return typeof value === 'string' ? value : undefined;
}

export function num(node: ExportNode | undefined, prop: string): number | undefined {
  const value = node?.props[prop];
  return typeof value === 'number' ? value : undefined;
}
