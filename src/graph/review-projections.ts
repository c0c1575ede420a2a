/**
 * How reads show review: a node written by the proposer carries `status: 'PROPOSED'` for good
 * (nothing is updated); its current status comes from the `Review` that points at it, if any.
 * A node without `status` was made by a person and reads as HUMAN. Fragments are constants.
 */

/** The current status of `v`: HUMAN, PROPOSED, CONFIRMED or REJECTED. */
export const REVIEW_STATUS = (v: string) => `CASE
    WHEN ${v}.status IS NULL THEN 'HUMAN'
    ELSE coalesce(
      [(${v})<-[:REVIEWS]-(rst:Review) | CASE rst.decision WHEN 'CONFIRM' THEN 'CONFIRMED' ELSE 'REJECTED' END][0],
      'PROPOSED')
  END`;

/** The review of `v` (null when unreviewed), with the reviewer. */
export const REVIEW_OF = (v: string) => `[(${v})<-[:REVIEWS]-(rvw:Review) | rvw {
    .id, .decision, .note, .targetId, .targetLabel, .confirmationId, reviewedAt: toString(rvw.reviewedAt),
    reviewer: [(rvw)-[:REVIEWED_BY]->(rva:Agent) | rva { .id, .name, .kind, .version }][0]
  }][0]`;

/**
 * The review fields of a statement, source or assessment view, as `, key: value` entries. A
 * person's node (no `status`) is never reviewed, so its review is not looked for.
 */
export const REVIEW_FIELDS = (v: string, withMethod = true) => `,${
  withMethod ? ` method: coalesce(${v}.method, 'HUMAN'),` : ''
} rules: coalesce(${v}.rules, []), confirms: ${v}.confirms,
  status: ${REVIEW_STATUS(v)},
  review: CASE WHEN ${v}.status IS NULL THEN null ELSE ${REVIEW_OF(v)} END`;

/**
 * The status filter over `v`. `$fStatus` null is the default view: rejected proposals hidden
 * and, with `hideConfirmed`, confirmed ones too (their HUMAN confirmation stands for them).
 * A node written by a person never has a review, so the default costs one property check for it.
 */
export const STATUS_MATCHES = (v: string, hideConfirmed: boolean) => `(
  CASE WHEN $fStatus IS NULL
    THEN (${v}.status IS NULL OR NOT EXISTS { (${v})<-[:REVIEWS]-(${hideConfirmed ? '' : ":Review {decision: 'REJECT'}"}) })
    ELSE ${REVIEW_STATUS(v)} IN $fStatus
  END)`;
