/**
 * Outlet ids for `basis.spokeTo`: the article's own outlet, the outlets the gazetteer knows, or a
 * new outlet named as the text names it (its owner unknown, so it is recorded as its own owner, as
 * the annotation guide asks for fictional or unknown outlets).
 */
import type { Outlet } from '../../../ingest/annotation-schema';
import { foldArabic } from '../../../text/arabic-fold';

/** Resolves outlet names to ids and remembers every outlet a draft refers to. */
export class OutletResolver {
  private readonly byName = new Map<string, Outlet>();
  private readonly used = new Map<string, Outlet>();

  /** @param articleOutlet The publishing outlet; always listed first in the draft. */
  constructor(
    readonly articleOutlet: Outlet,
    known: readonly Outlet[],
  ) {
    for (const outlet of [articleOutlet, ...known]) {
      for (const name of [outlet.name, outlet.nameOriginal]) {
        if (name && !this.byName.has(foldArabic(name))) this.byName.set(foldArabic(name), outlet);
      }
    }
    this.used.set(articleOutlet.id, articleOutlet);
  }

  /** The id of the outlet called `name` in the text, creating one for an unknown name. */
  idFor(name: string): string {
    const key = foldArabic(name);
    let outlet = this.byName.get(key);
    if (!outlet) {
      let n = 1;
      while ([...this.used.keys()].includes(`outlet-${n}`)) n++;
      const id = `outlet-${n}`;
      outlet = { id, name, owner: { id, name } };
      this.byName.set(key, outlet);
    }
    this.used.set(outlet.id, outlet);
    return outlet.id;
  }

  /** Every outlet the draft refers to, the article's outlet first. */
  outlets(): Outlet[] {
    return [...this.used.values()];
  }
}

/** The outlet recorded when the caller names none. */
export const UNKNOWN_OUTLET: Outlet = {
  id: 'unknown-outlet',
  name: 'Unknown outlet',
  owner: { id: 'unknown-outlet', name: 'Unknown outlet' },
};
