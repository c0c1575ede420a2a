import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { KindBadge, StatusBadge } from '../components/badges';
import { QueryState } from '../components/query-state';
import { ReviewPanel } from '../components/review-panel';
import { SourceName } from '../components/statement-side';
import { useLanguage } from '../i18n/language';
import { routeHref } from '../lib/route';
import { ChainPanel } from './chain-panel';
import { ExportPanel } from './export-panel';

const DetailsQuery = graphql(/* GraphQL */ `
  query StatementDetails($id: ID!) {
    node(id: $id) {
      ... on Statement {
        ...StatementSummary
        mode
        cue
        hedging
        rules
        review {
          decision
          note
          reviewer {
            name
          }
        }
        source {
          basis {
            spokeTo {
              id
              name
              nameOriginal
            }
            audience
            role
            affiliation
            conditions
          }
        }
        topics {
          id
          label
          labelAr
        }
      }
    }
    provenance(id: $id) {
      assessments {
        id
        relation
        rationale
        confidence
        method
        status
        from {
          id
          text
          language
          direction
        }
        to {
          id
          text
          language
          direction
        }
      }
    }
  }
`);

const dirOf = (direction: string) => (direction === 'RTL' ? 'rtl' : 'ltr');

/**
 * A chosen span: its source and basis, chain of transmission (asked for when opened), gloss,
 * topics and assessments.
 */
export function StatementDetails({ id }: { id: string }) {
  const { t, language } = useLanguage();
  const [{ data, fetching, error }] = useQuery({ query: DetailsQuery, variables: { id } });
  const [chainOpen, setChainOpen] = useState(false);
  const node = data?.node;
  if (!node || !('mode' in node)) return <QueryState fetching={fetching} error={error} />;
  const name = (o: { name: string; nameOriginal?: string | null }) =>
    language === 'ar' && o.nameOriginal ? o.nameOriginal : o.name;
  const basis = node.source.basis;
  const basisRows: [string, string | null | undefined][] = [
    [t.role, basis.role],
    [t.affiliation, basis.affiliation],
    [t.audience, basis.audience],
    [t.conditions, basis.conditions],
    [t.spokeTo, basis.spokeTo.map(name).join('، ') || null],
  ];
  return (
    <section className="details" aria-label={t.statement}>
      <h3>{t.statement}</h3>
      <blockquote lang={node.language} dir={dirOf(node.direction)}>
        {node.text}
      </blockquote>
      <p>
        <StatusBadge status={node.status} />
      </p>
      <dl>
        <dt>{t.source}</dt>
        <dd>
          <SourceName source={node.source} /> <KindBadge kind={node.source.kind} />
        </dd>
        <dt>{t.mode}</dt>
        <dd>{node.mode}</dd>
        {node.cue ? (
          <>
            <dt>{t.cue}</dt>
            <dd dir="auto">{node.cue}</dd>
          </>
        ) : null}
        {node.hedging ? (
          <>
            <dt>{t.hedging}</dt>
            <dd dir="auto">{node.hedging}</dd>
          </>
        ) : null}
        {node.gloss ? (
          <>
            <dt>{t.gloss}</dt>
            <dd lang={node.gloss.language} dir="auto">
              {node.gloss.text}
            </dd>
          </>
        ) : null}
        <dt>{t.topics}</dt>
        <dd>
          {node.topics
            .map((topic) => (language === 'ar' && topic.labelAr ? topic.labelAr : topic.label))
            .join('، ')}
        </dd>
      </dl>
      <h4>{t.basis}</h4>
      <dl>
        {basisRows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd dir="auto">{value}</dd>
            </div>
          ))}
      </dl>
      <button type="button" aria-expanded={chainOpen} onClick={() => setChainOpen((open) => !open)}>
        {chainOpen ? t.hideChain : t.showChain}
      </button>
      {chainOpen ? <ChainPanel id={node.id} /> : null}
      <h4>{t.assessments}</h4>
      {data.provenance?.assessments.length ? (
        <ul className="assessments">
          {data.provenance.assessments.map((a) => {
            const other = a.from.id === node.id ? a.to : a.from;
            return (
              <li key={a.id}>
                <a href={routeHref({ view: 'contradiction', id: a.id })}>
                  {t.relations[a.relation]} · {a.confidence.toFixed(2)}
                </a>{' '}
                <StatusBadge status={a.status} />{' '}
                <q lang={other.language} dir={dirOf(other.direction)}>
                  {other.text}
                </q>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t.noAssessments}</p>
      )}
      <ReviewPanel id={node.id} status={node.status} review={node.review} />
      <ExportPanel statementId={node.id} />
    </section>
  );
}
