/**
 * The chain of transmission of each statement of `$ids`, bounded: every list is cut by a LIMIT in
 * the query, so a chain of any length costs at most about 1.5 × the bound in rows. `$head` and
 * `$tail` intermediaries from each end of the chain (by position), `$carriers` carriers by name;
 * the counts say how many there are in all.
 */
export const TRANSMISSION_BY_STATEMENT = /* cypher */ `
  UNWIND $ids AS wanted
  MATCH (s:Statement {id: wanted})-[:ATTRIBUTED_TO]->(src:Source)
  MATCH (s)-[:IN_ARTICLE]->(art:Article)-[:PUBLISHED_BY]->(pub:Outlet)
  RETURN s.id AS id, {
    source: src { .id, .label, .labelEn, .kind },
    intermediaryCount: COUNT { (s)-[:VIA]->(:Source) },
    head: COLLECT {
      MATCH (s)-[via:VIA]->(mid:Source)
      WITH mid, via ORDER BY via.position LIMIT toInteger($head)
      RETURN mid { .id, .label, .labelEn, .kind }
    },
    tail: COLLECT {
      MATCH (s)-[via:VIA]->(mid:Source)
      WITH mid, via ORDER BY via.position DESC LIMIT toInteger($tail)
      RETURN mid { .id, .label, .labelEn, .kind }
    },
    outlet: pub { .id, .name, .nameOriginal },
    carrierCount: COUNT { (art)-[:CARRIED_BY]->(other:Outlet) WHERE other <> pub },
    carriers: COLLECT {
      MATCH (art)-[:CARRIED_BY]->(car:Outlet) WHERE car <> pub
      WITH car ORDER BY car.name, car.id LIMIT toInteger($carriers)
      RETURN car { .id, .name, .nameOriginal }
    }
  } AS transmission`;
