import { useQuery } from 'urql';
import { graphql } from '../gql';
import { HighlightedText } from '../components/highlighted-text';
import { QueryState } from '../components/query-state';
import { SourceName } from '../components/statement-side';
import { useLanguage } from '../i18n/language';
import { routeHref } from '../lib/route';
import { StatementDetails } from './statement-details';
import { useArticleStatements } from './use-article-statements';

const ArticleQuery = graphql(/* GraphQL */ `
  query ArticleView($id: ID!) {
    node(id: $id) {
      ... on Article {
        id
        slug
        text
        language
        direction
        headline
        publishedAt
        outlet {
          id
          name
          nameOriginal
        }
        carriedBy {
          id
          name
          nameOriginal
        }
      }
    }
  }
`);

/**
 * The article's original text in its direction, every statement span highlighted; choosing a
 * span (in the text or in the list) shows its details.
 */
export function ArticleView({ id, statement }: { id: string; statement?: string | undefined }) {
  const { t, language } = useLanguage();
  const [{ data, fetching, error }] = useQuery({ query: ArticleQuery, variables: { id } });
  const listed = useArticleStatements(id);
  const article = data?.node && 'text' in data.node ? data.node : null;
  if (!article || !data) return <QueryState fetching={fetching} error={error} />;
  const dir = article.direction === 'RTL' ? 'rtl' : 'ltr';
  const { statements } = listed;
  const select = (statementId: string) => {
    location.hash = routeHref({ view: 'article', id, statement: statementId });
  };
  const name = (o: { name: string; nameOriginal?: string | null }) =>
    language === 'ar' && o.nameOriginal ? o.nameOriginal : o.name;
  return (
    <main className="article-view">
      <a href={routeHref({ view: 'queue' })}>{t.back}</a>
      <h1>
        {t.article}:{' '}
        <bdi lang={article.language} dir={dir}>
          {article.headline ?? article.slug}
        </bdi>
      </h1>
      <p className="meta">
        {t.publishedBy} <bdi>{name(article.outlet)}</bdi>
        {article.carriedBy.length ? (
          <>
            {' · '}
            {t.carriedBy} {article.carriedBy.map(name).join('، ')}
          </>
        ) : null}
      </p>
      <div className="article-layout">
        <div className="article-column">
          <HighlightedText
            text={article.text}
            lang={article.language}
            dir={dir}
            label={t.article}
            spans={statements.map((s) => ({ id: s.id, start: s.span.start, end: s.span.end }))}
            selectedId={statement}
            onSelect={select}
          />
          <h2>{t.statementsInArticle}</h2>
          {listed.done ? null : (
            <p role="status" className="loading">
              {t.loadingStatements} <bdi>{`${statements.length} / ${listed.total ?? '…'}`}</bdi>
            </p>
          )}
          <QueryState fetching={false} error={listed.error} />
          <ol className="statement-list">
            {statements.map((s) => (
              <li key={s.id}>
                <button type="button" aria-pressed={s.id === statement} onClick={() => select(s.id)}>
                  <SourceName source={s.source} />
                  {': '}
                  <span lang={s.language} dir={s.direction === 'RTL' ? 'rtl' : 'ltr'}>
                    {s.text}
                  </span>
                </button>
              </li>
            ))}
          </ol>
        </div>
        <aside className="details-column">
          {statement ? <StatementDetails key={statement} id={statement} /> : <p>{t.chooseStatement}</p>}
        </aside>
      </div>
    </main>
  );
}
