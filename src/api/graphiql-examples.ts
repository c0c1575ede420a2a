/**
 * The examples GraphiQL opens with: a fact-checker's contradiction list, a search in Arabic typed
 * without diacritics or hamza, and a provenance trail. Run each by its operation name.
 */
export const GRAPHIQL_EXAMPLES = /* GraphQL */ `
  # Isnad: pick an operation with the ▶ button.

  # 1. Which claims on US forces in Iraq conflict, who said each, how strong is the sourcing?
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

  # 2. Arabic search, typed without diacritics and with plain alef: finds الانسحاب، بالانسحاب، الإنسحاب.
  query SearchArabic {
    search(query: "الانسحاب خلال الاسابيع", first: 5) {
      totalCount
      edges {
        node {
          score
          matched
          matchedText
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

  # 3. The whole trail of a statement: paste an id from the results above.
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
`;
