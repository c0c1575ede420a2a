import { graphql } from '../gql';

/** What a list or a side of a contradiction shows of a statement. */
export const StatementSummaryFragment = graphql(/* GraphQL */ `
  fragment StatementSummary on Statement {
    id
    localId
    text
    language
    direction
    method
    proposed
    status
    span {
      start
      end
    }
    source {
      id
      kind
      label
      labelEn
      direction
    }
    article {
      id
      slug
      outlet {
        id
        name
        nameOriginal
      }
    }
    gloss {
      text
      language
    }
  }
`);

export const StrengthFieldsFragment = graphql(/* GraphQL */ `
  fragment StrengthFields on SourcingStrength {
    score
    chainLength
    independentOwners
    sameSourceBothSides
    explanation
    who {
      level
      rank
      maxRank
    }
    how {
      level
      rank
      maxRank
    }
  }
`);
