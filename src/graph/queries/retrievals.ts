/** The RETRIEVAL activities of articles (intake), for the API's batch loader. */

/** Per article id of `$ids`: its retrievals, newest first, with the stored properties as written. */
export const RETRIEVALS_BY_ARTICLE = /* cypher */ `
  UNWIND $ids AS id
  MATCH (a:Article {id: id})
  RETURN id, COLLECT {
    MATCH (a)-[:RETRIEVED_BY]->(r:Activity {type: 'RETRIEVAL'})
    RETURN r {
      .id, .source, .requestedUrl, .finalUrl, .redirects, .retrievedAt, .requestedAt, .extractedAt,
      .httpStatus, .contentType, .file, .rawSha256, .rawBytes, .artifact, .charset, .charsetOrigin,
      .textSha256, .extractor, .extractorVersion, .dom, .domVersion, .normalisation
    } AS r ORDER BY r.retrievedAt DESC, r.id
  } AS retrievals`;
