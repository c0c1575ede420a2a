/**
 * The examples GraphiQL opens with, one tab each so that the run button runs the tab's one
 * operation: a fact-checker's contradiction list, a search in Arabic typed without diacritics or
 * hamza, and a provenance trail.
 */
export interface GraphiQLExample {
  name: string;
  query: string;
}

export const GRAPHIQL_EXAMPLES: readonly GraphiQLExample[] = [
  {
    name: 'Contradictions',
    query: /* GraphQL */ `
      # Which claims on US forces in Iraq conflict, who said each, how strong is the sourcing?
      query Contradictions {
        contradictions(filter: { topic: "topic:us-forces-iraq" }, first: 5) {
          totalCount
          edges {
            node {
              id
              rationale
              confidence
              method
              assertedBy {
                name
              }
              from {
                text
                gloss {
                  text
                }
                source {
                  kind
                  label
                  labelEn
                }
                article {
                  outlet {
                    name
                  }
                }
              }
              to {
                text
                gloss {
                  text
                }
                source {
                  kind
                  label
                  labelEn
                }
                article {
                  outlet {
                    name
                  }
                }
              }
              fromStrength {
                score
                explanation
              }
              toStrength {
                score
                explanation
              }
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    `,
  },
  {
    name: 'SearchArabic',
    query: /* GraphQL */ `
      # Arabic search, typed without diacritics and with plain alef: finds الانسحاب، بالانسحاب، الإنسحاب.
      # highlights are code points [start, end) of matchedText; matches lists every text that matched.
      query SearchArabic {
        search(query: "الانسحاب خلال الاسابيع", first: 5) {
          totalCount
          edges {
            node {
              score
              matched
              matchedText
              highlights {
                start
                end
              }
              matches {
                field
                language
              }
              statement {
                id
                text
                gloss {
                  text
                }
              }
            }
          }
        }
      }
    `,
  },
  {
    name: 'Provenance',
    query: /* GraphQL */ `
      # The whole trail of a statement: paste an id from the results above.
      query Provenance($id: ID! = "st_c6660243d69eed104e70b852") {
        provenance(id: $id) {
          subjectType
          steps {
            role
            nodeId
            label
            reason
            recordedBy {
              type
              tool
              toolVersion
              annotator {
                name
              }
              startedAt
            }
          }
        }
      }
    `,
  },
];
