import { KeyField } from './components/key-field';
import { LanguageSwitch } from './components/language-switch';
import { useLanguage } from './i18n/language';
import { routeHref, useRoute } from './lib/route';
import { ArticleView } from './views/article-view';
import { ClaimQueue } from './views/claim-queue';
import { ContradictionView } from './views/contradiction-view';

/** The page: a header (name, key, language) and the view the location's hash names. */
export function App() {
  const { t, language, dir } = useLanguage();
  const route = useRoute();
  return (
    <div className="app" lang={language} dir={dir}>
      <header className="top">
        <a className="brand" href={routeHref({ view: 'queue' })}>
          <strong>{t.appName}</strong> <span>{t.tagline}</span>
        </a>
        <KeyField />
        <LanguageSwitch />
      </header>
      {route.view === 'queue' ? <ClaimQueue /> : null}
      {route.view === 'contradiction' ? <ContradictionView key={route.id} id={route.id} /> : null}
      {route.view === 'article' ? (
        <ArticleView key={route.id} id={route.id} statement={route.statement} />
      ) : null}
    </div>
  );
}
