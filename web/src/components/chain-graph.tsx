import { useLanguage } from '../i18n/language';

export interface ChainNode {
  id: string;
  label: string;
  role: 'source' | 'intermediary' | 'outlet' | 'carrier';
  dir?: 'rtl' | 'ltr' | 'auto';
}

/**
 * The chain of transmission as a small graph: source → intermediaries → outlet, then the outlets
 * that carried it. It flows in the reading direction (right to left in Arabic) because it is laid
 * out with flex in the element's own direction; its length is what the API returns.
 */
export function ChainGraph({ nodes, label }: { nodes: ChainNode[]; label: string }) {
  const { t } = useLanguage();
  const roleName = {
    source: t.chainSource,
    intermediary: t.chainIntermediary,
    outlet: t.chainOutlet,
    carrier: t.chainCarrier,
  };
  return (
    <figure className="chain" aria-label={label}>
      <ol className="chain-nodes">
        {nodes.map((node, index) => (
          <li key={`${node.role}-${node.id}-${index}`} className={`chain-node chain-${node.role}`}>
            <span className="chain-role">{roleName[node.role]}</span>
            <span className="chain-label" dir={node.dir ?? 'auto'}>
              {node.label}
            </span>
          </li>
        ))}
      </ol>
    </figure>
  );
}
