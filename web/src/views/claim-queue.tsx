import { useState } from 'react';
import { useLanguage } from '../i18n/language';
import { ClaimPage } from './claim-page';
import { ContradictionPage } from './contradiction-page';
import { QueueFilters } from './queue-filters';
import type { QueueFilter } from './queue-filters';

const STORAGE = 'isnad.queueFilter';

function storedFilter(): QueueFilter {
  try {
    return JSON.parse(sessionStorage.getItem(STORAGE) ?? '{}') as QueueFilter;
  } catch {
    return {};
  }
}

/** The claim queue: contradictions first (both sides, kinds, strength), then the claims. */
export function ClaimQueue() {
  const { t } = useLanguage();
  const [filter, setFilter] = useState<QueueFilter>(storedFilter);
  const apply = (next: QueueFilter) => {
    sessionStorage.setItem(STORAGE, JSON.stringify(next));
    setFilter(next);
  };
  const key = JSON.stringify(filter);
  return (
    <main className="queue">
      <h1>{t.queue}</h1>
      <QueueFilters value={filter} onApply={apply} />
      <section aria-labelledby="contradictions-heading">
        <h2 id="contradictions-heading">{t.contradictions}</h2>
        <ContradictionPage key={key} filter={filter} first />
      </section>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">{t.claims}</h2>
        <ClaimPage key={key} filter={filter} first />
      </section>
    </main>
  );
}
