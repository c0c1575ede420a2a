import { useLanguage } from '../i18n/language';

type Kind = keyof ReturnType<typeof useLanguage>['t']['kinds'];

/** The kind of a source, in words (colour is never the only cue). */
export function KindBadge({ kind }: { kind: Kind }) {
  const { t } = useLanguage();
  return <span className={`badge kind kind-${kind.toLowerCase()}`}>{t.kinds[kind]}</span>;
}

/** Machine-made proposals are marked apart from human judgements. */
export function StatusBadge({ status }: { status: 'HUMAN' | 'PROPOSED' | 'CONFIRMED' | 'REJECTED' }) {
  const { t } = useLanguage();
  const text = {
    HUMAN: t.human,
    PROPOSED: t.proposed,
    CONFIRMED: t.confirmed,
    REJECTED: t.rejected,
  }[status];
  return <span className={`badge status status-${status.toLowerCase()}`}>{text}</span>;
}

export function ConflictBadge() {
  const { t } = useLanguage();
  return <span className="badge conflict">{t.conflict}</span>;
}
