import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { StatementSummaryFragment, StrengthFieldsFragment } from '../gql/graphql';
import { ConflictBadge, KindBadge, StatusBadge } from '../components/badges';
import { HighlightedText } from '../components/highlighted-text';
import { QueryState } from '../components/query-state';
import { ReviewPanel } from '../components/review-panel';
import { SourceName } from '../components/statement-side';
import { StrengthCard } from '../components/strength-card';
import { useLanguage } from '../i18n/language';
import { routeHref } from '../lib/route';
import { ExportPanel } from './export-panel';

const ContradictionQuery = graphql(/* GraphQL */ `
  query ContradictionView($id: ID!) {
    node(id: $id) {
      ... on Assessment {
        id
        relation
        rationale
        confidence
        method
        rule
        status
        proposed
        sameSourceBothSides
        review {
          decision
          note
          reviewer {
            name
          }
        }
        assertedBy {
          name
          kind
        }
        from {
          ...StatementSummary
          article {
            text
            language
            direction
          }
        }
        to {
          ...StatementSummary
          article {
            text
            language
            direction
          }
        }
        fromStrength {
          ...StrengthFields
        }
        toStrength {
          ...StrengthFields
        }
      }
    }
  }
`);

type Side = StatementSummaryFragment & {
  article: { text: string; language: string; direction: string };
};

function SideColumn({
  side,
  strength,
  label,
}: {
  side: Side;
  strength: StrengthFieldsFragment;
  label: string;
}) {
  const { t } = useLanguage();
  const dir = side.article.direction === 'RTL' ? 'rtl' : 'ltr';
  return (
    <section className="side" aria-label={label}>
      <h2>
        <SourceName source={side.source} /> <KindBadge kind={side.source.kind} />
      </h2>
      <blockquote lang={side.language} dir={side.direction === 'RTL' ? 'rtl' : 'ltr'}>
        {side.text}
      </blockquote>
      <HighlightedText
        text={side.article.text}
        lang={side.article.language}
        dir={dir}
        label={`${t.article}: ${label}`}
        spans={[{ id: side.id, start: side.span.start, end: side.span.end }]}
        selectedId={side.id}
      />
      <a href={routeHref({ view: 'article', id: side.article.id, statement: side.id })}>{t.openArticle}</a>
      <StrengthCard strength={strength} label={`${t.strength}: ${label}`} />
    </section>
  );
}

/** Both statements side by side, each highlighted in its own article, with why they conflict. */
export function ContradictionView({ id }: { id: string }) {
  const { t } = useLanguage();
  const [{ data, fetching, error }] = useQuery({ query: ContradictionQuery, variables: { id } });
  const a = data?.node && 'rationale' in data.node ? data.node : null;
  if (!a) return <QueryState fetching={fetching} error={error} />;
  const name = (s: Side) => s.source.labelEn ?? s.source.label;
  return (
    <main className="contradiction-view">
      <a href={routeHref({ view: 'queue' })}>{t.back}</a>
      <h1>
        {t.contradiction} <ConflictBadge /> <StatusBadge status={a.status} />
      </h1>
      <dl className="assessment">
        <dt>{t.rationale}</dt>
        <dd lang="en" dir="auto">
          {a.rationale}
        </dd>
        <dt>{t.method}</dt>
        <dd>
          {a.method}
          {a.rule ? ` · ${t.rule} ${a.rule}` : ''}
        </dd>
        <dt>{t.confidence}</dt>
        <dd>{a.confidence.toFixed(2)}</dd>
        <dt>{t.assertedBy}</dt>
        <dd dir="auto">{a.assertedBy.name}</dd>
      </dl>
      {a.sameSourceBothSides ? <p className="warning">{t.sameSource}</p> : null}
      <div className="side-by-side">
        <SideColumn side={a.from} strength={a.fromStrength} label={name(a.from)} />
        <SideColumn side={a.to} strength={a.toStrength} label={name(a.to)} />
      </div>
      <ReviewPanel id={a.id} status={a.status} review={a.review} />
      <ExportPanel statementId={a.from.id} />
    </main>
  );
}
