/**
 * What verify re-derives of an intake from a PROV-O bundle alone: a RETRIEVAL activity's id from
 * the bytes' sha256, the URLs and the extractor it records; an artifact's id from its sha256; and
 * each derivation of an article (`prov:qualifiedDerivation`) against the retrieval it names, which
 * must have used that artifact and extracted exactly this text (its `textSha256`). A forger who
 * changes where a page came from, or which page a text came from, changes an id or breaks a link.
 */
import { artifactNodeId, retrievalId } from '../intake/provenance';
import { isnad, prov } from './item-facts';
import type { ItemFacts } from './item-facts';
import { nodeIri } from './iri';

interface CarriedRetrieval {
  /** Null for a retrieval exported before retrievals carried their record (nothing to check). */
  textSha256: string | null;
  artifact: string | null;
}

/** What re-running a retrieval's extraction needs, as the bundle states it. */
export interface RetrievalReplay {
  id: string;
  rawSha256: string;
  textSha256: string | undefined;
  contentType: string | null;
  /** The URL relative links were resolved against: the one that answered, else the page's given URL. */
  baseUrl: string | null;
  extractor: string | undefined;
  extractorVersion: string | undefined;
  domVersion: string | undefined;
}

interface Derivation {
  article: string;
  field: string;
  textSha256: string;
  activity: string;
  entity: string;
}

type Fail = (id: string, field: string, detail: string) => void;
type ExpectId = (id: string, derive: () => string, from: string) => void;

const SHA256 = /^[0-9a-f]{64}$/;

export class RetrievalChecker {
  private readonly retrievals = new Map<string, CarriedRetrieval>();
  private readonly artifacts = new Set<string>();
  private readonly derivations: Derivation[] = [];
  readonly replays: RetrievalReplay[] = [];

  constructor(
    private readonly fail: Fail,
    private readonly expectId: ExpectId,
  ) {}

  artifact(facts: ItemFacts): void {
    const id = facts.item.id;
    this.artifacts.add(id);
    const sha256 = facts.literal(isnad('sha256'));
    this.expectId(
      id,
      () => {
        if (sha256 === undefined || !SHA256.test(sha256)) throw new Error('sha256 is missing or not hex');
        return artifactNodeId(sha256);
      },
      'its sha256',
    );
  }

  /** An activity of type RETRIEVAL. */
  retrieval(facts: ItemFacts): void {
    const id = facts.item.id;
    const rawSha256 = facts.literal(isnad('rawSha256'));
    if (rawSha256 === undefined) {
      this.retrievals.set(id, { textSha256: null, artifact: null });
      return;
    }
    const required = (predicate: string): string => {
      const value = facts.literal(predicate);
      if (value === undefined) throw new Error(`${predicate.replace(/^.*#/, '')} is missing`);
      return value;
    };
    this.expectId(
      id,
      () =>
        retrievalId({
          rawSha256,
          requestedUrl: facts.literal(isnad('requestedUrl')) ?? null,
          finalUrl: facts.literal(isnad('finalUrl')) ?? null,
          extractor: {
            name: required(isnad('extractor')),
            version: required(isnad('extractorVersion')),
            dom: { version: required(isnad('domVersion')) },
          },
        }),
      "its bytes' sha256, URLs and extractor",
    );
    const artifact = artifactNodeId(rawSha256);
    if (facts.literal(isnad('artifact')) !== `sha256:${rawSha256}`)
      this.fail(id, 'artifact', `is not sha256:${rawSha256}, the bytes it records`);
    if (!facts.objects(prov('used')).some((o) => o.value === nodeIri(artifact)))
      this.fail(id, 'used', `does not name ${artifact}, the bytes it records`);
    this.retrievals.set(id, { textSha256: facts.literal(isnad('textSha256')) ?? null, artifact });
    this.replays.push({
      id,
      rawSha256,
      textSha256: facts.literal(isnad('textSha256')),
      contentType: facts.literal(isnad('contentType')) ?? null,
      baseUrl: facts.literal(isnad('finalUrl')) ?? facts.literal(isnad('requestedUrl')) ?? null,
      extractor: facts.literal(isnad('extractor')),
      extractorVersion: facts.literal(isnad('extractorVersion')),
      domVersion: facts.literal(isnad('domVersion')),
    });
  }

  /** The derivations of an article whose text hashes to `textSha256`. */
  article(facts: ItemFacts, textSha256: string): void {
    const id = facts.item.id;
    const derivedFrom = new Set(facts.objects(prov('wasDerivedFrom')).map((o) => o.value));
    facts.blanks(prov('qualifiedDerivation')).forEach((blank, i) => {
      const field = `qualifiedDerivation[${i}]`;
      const activity = facts.link(prov('hadActivity'), blank);
      const entity = facts.link(prov('entity'), blank);
      if (activity === undefined || entity === undefined) {
        this.fail(id, field, 'a derivation names one entity and one activity');
        return;
      }
      if (!derivedFrom.has(nodeIri(entity)))
        this.fail(id, 'wasDerivedFrom', `does not name ${entity}, which a derivation names`);
      this.derivations.push({ article: id, field, textSha256, activity, entity });
    });
  }

  /** The checks that need every item read. */
  finish(): void {
    for (const d of this.derivations) {
      const retrieval = this.retrievals.get(d.activity);
      if (retrieval === undefined) {
        this.fail(d.article, d.field, `names ${d.activity}, which the bundle does not carry as a retrieval`);
        continue;
      }
      if (!this.artifacts.has(d.entity))
        this.fail(d.article, d.field, `names ${d.entity}, which the bundle does not carry as an artifact`);
      if (retrieval.textSha256 !== d.textSha256)
        this.fail(
          d.article,
          d.field,
          `${d.activity} extracted text ${retrieval.textSha256 ?? '(none recorded)'}, not this article's ${d.textSha256}`,
        );
      if (retrieval.artifact !== d.entity)
        this.fail(
          d.article,
          d.field,
          `${d.activity} used ${retrieval.artifact ?? 'no artifact'}, not ${d.entity}`,
        );
    }
  }
}
