import type { StatementSummaryFragment } from '../gql/graphql';
import { useLanguage } from '../i18n/language';
import { KindBadge, StatusBadge } from './badges';

const dirOf = (direction: string) => (direction === 'RTL' ? 'rtl' : 'ltr');

/** A source as the article names it, with its English label when the interface is English. */
export function SourceName({ source }: { source: StatementSummaryFragment['source'] }) {
  const { language } = useLanguage();
  return (
    <span className="source-name">
      <bdi dir={dirOf(source.direction)}>{source.label}</bdi>
      {language === 'en' && source.labelEn && source.labelEn !== source.label ? (
        <>
          {' '}
          (<bdi dir="ltr">{source.labelEn}</bdi>)
        </>
      ) : null}
    </span>
  );
}

/** One statement: who said it (name and kind), its exact words, where, and who recorded it. */
export function StatementSide({
  statement,
  score,
}: {
  statement: StatementSummaryFragment;
  score?: number | undefined;
}) {
  const { t, language } = useLanguage();
  const outlet = statement.article.outlet;
  return (
    <div className="statement-side">
      <p className="who">
        <SourceName source={statement.source} /> <KindBadge kind={statement.source.kind} />{' '}
        <StatusBadge status={statement.status} />
      </p>
      <blockquote lang={statement.language} dir={dirOf(statement.direction)}>
        {statement.text}
      </blockquote>
      {language === 'en' && statement.gloss && statement.language !== 'en' ? (
        <p className="gloss" lang={statement.gloss.language} dir="ltr">
          {statement.gloss.text}
        </p>
      ) : null}
      <p className="meta">
        <bdi>{language === 'ar' && outlet.nameOriginal ? outlet.nameOriginal : outlet.name}</bdi>
        {score !== undefined ? (
          <>
            {' · '}
            {t.strength} <span className="score">{score.toFixed(2)}</span>
          </>
        ) : null}
      </p>
    </div>
  );
}
