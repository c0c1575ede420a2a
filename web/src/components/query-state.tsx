import type { CombinedError } from 'urql';
import { useLanguage } from '../i18n/language';

/** What a view shows while its query runs or when it failed. */
export function QueryState({ fetching, error }: { fetching: boolean; error?: CombinedError | undefined }) {
  const { t } = useLanguage();
  if (error)
    return (
      <p role="alert" className="error">
        {t.error} <span dir="auto">{error.graphQLErrors[0]?.message ?? error.message}</span>
      </p>
    );
  if (fetching)
    return (
      <p role="status" className="loading">
        {t.loading}
      </p>
    );
  return null;
}
