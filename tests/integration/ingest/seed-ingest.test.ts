import { ingestSeed, countGraph } from '../../support/seed';
import { openTestGraph } from '../../support/graph';
import type { TestGraph } from '../../support/graph';
import { appVersion } from '../../../src/config/project-root';

describe('ingesting the three seed articles into Neo4j', () => {
  let graph: TestGraph;

  beforeAll(async () => {
    graph = await openTestGraph();
    await ingestSeed(graph.executor, graph.logger);
  });
  afterAll(() => graph.close());

  it('stores every statement at code points whose slice of the stored article equals its quote', async () => {
    const rows = await graph.executor.read<{
      slug: string;
      text: string;
      quote: string;
      start: number;
      end: number;
    }>({
      cypher: `MATCH (s:Statement)-[:IN_ARTICLE]->(a:Article)
               RETURN a.slug AS slug, a.text AS text, s.quote AS quote, s.start AS start, s.end AS end`,
    });
    expect(rows).toHaveLength(24 + 9 + 11);
    for (const row of rows) {
      expect([...row.text].slice(row.start, row.end).join('')).toBe(row.quote);
    }
    // The flag emoji makes code points and UTF-16 units differ after it in al-rafid.
    const afterEmoji = rows.filter(
      (r) => r.slug === 'al-rafid-baghdad-schedule' && r.start > r.text.indexOf('🇮🇶'),
    );
    expect(afterEmoji.length).toBeGreaterThan(0);
    for (const row of afterEmoji) expect(row.text.slice(row.start, row.end)).not.toBe(row.quote);
  });

  it('keeps article bytes exact: the stored text hashes to the recorded contentHash', async () => {
    const rows = await graph.executor.read<{ text: string; contentHash: string; publishedAt: string | null }>(
      {
        cypher:
          'MATCH (a:Article) RETURN a.text AS text, a.contentHash AS contentHash, a.publishedAt AS publishedAt',
      },
    );
    const { createHash } = await import('node:crypto');
    for (const row of rows) {
      expect(createHash('sha256').update(row.text, 'utf8').digest('hex')).toBe(row.contentHash);
    }
    expect(rows.map((r) => r.contentHash)).toContain(
      'e55a4c8c4295b2dd01b52d6f3687865bba04ac0b97b8370c4a6b9952a5a02a83',
    );
  });

  it('a second ingest leaves node and relationship counts unchanged and creates no activity', async () => {
    const before = await countGraph(graph.executor);
    const results = await ingestSeed(graph.executor, graph.logger);
    expect(results.every((r) => r.activityId === null && r.nodesCreated === 0)).toBe(true);
    expect(await countGraph(graph.executor)).toEqual(before);
  });

  it('links every node to the activity that generated it, with tool, version and annotator', async () => {
    const [orphans] = await graph.executor.read<{ n: number }>({
      cypher:
        'MATCH (n) WHERE NOT n:Activity AND NOT (n)-[:WAS_GENERATED_BY]->(:Activity) RETURN count(n) AS n',
    });
    expect(orphans?.n).toBe(0);
    const activities = await graph.executor.read<{
      tool: string;
      version: string;
      annotator: string;
      hash: string;
    }>({
      cypher: `MATCH (act:Activity)-[:WAS_ASSOCIATED_WITH {role: 'annotator'}]->(who:Agent)
               RETURN act.tool AS tool, act.toolVersion AS version, who.name AS annotator, act.inputHash AS hash`,
    });
    expect(activities).toHaveLength(3);
    for (const a of activities) {
      expect(a).toMatchObject({ tool: 'isnad', version: appVersion(), annotator: 'Isnad project team' });
      expect(a.hash).toMatch(/^[0-9a-f]{64}$/);
    }
  });

  it('records the mission example: the defense official contradicts the acceleration informed sources explain', async () => {
    const rows = await graph.executor.read<{ rationale: string; fromKind: string; toKind: string }>({
      cypher: `MATCH (a:Assessment {relation: 'CONTRADICTS'})-[:FROM|TO]->(official:Statement)-[:ATTRIBUTED_TO]->(os:Source),
                     (a)-[:FROM|TO]->(other:Statement)-[:ATTRIBUTED_TO]->(ots:Source)
               WHERE official.quote = $noChanges AND other.quote CONTAINS $acceleration
               RETURN a.rationale AS rationale, os.kind AS fromKind, ots.kind AS toKind`,
      params: {
        noChanges: 'لا تغييرات لدينا على خطط الانتشار المستقبلية في العراق',
        acceleration: 'التسريع',
      },
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ fromKind: 'ANONYMOUS_INDIVIDUAL', toKind: 'ANONYMOUS_GROUP' });
    expect(rows[0]?.rationale.length).toBeGreaterThan(20);
  });

  it('records outlets with owners, and a chain of transmission through an intermediary', async () => {
    const owners = await graph.executor.read<{ outlet: string; owner: string }>({
      cypher: `MATCH (o:Outlet)-[:OWNED_BY]->(w:Owner) WHERE o.id IN ['outlet:alarabiya-net', 'outlet:alhadath-net']
               RETURN o.id AS outlet, w.id AS owner`,
    });
    expect(owners).toHaveLength(2);
    expect(new Set(owners.map((o) => o.owner)).size).toBe(1);
    const chains = await graph.executor.read<{ n: number }>({
      cypher: 'MATCH (:Statement)-[:VIA]->(:Source) RETURN count(*) AS n',
    });
    expect(chains[0]?.n).toBeGreaterThan(0);
  });
});
