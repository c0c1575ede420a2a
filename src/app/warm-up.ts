import type { IsnadYoga } from '../api/create-yoga';
import type { Logger } from '../logging/logger';

/** The main reads with representative arguments: their query plans are compiled at start. */
const WARM_UP_QUERY = /* GraphQL */ `
  {
    contradictions(first: 1) {
      totalCount
      edges {
        node {
          from {
            text
            source {
              kind
            }
          }
          fromStrength {
            score
          }
        }
      }
    }
    agreements(first: 1) {
      totalCount
    }
    statements(first: 1) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
    search(query: "Iraq", first: 1) {
      totalCount
    }
    ar: search(query: "العراق", language: "ar", first: 1) {
      totalCount
    }
  }
`;

/**
 * Runs the main reads once through the API (so through the executor), so that the first
 * request of a client is not the one that pays for query planning. Logs how long it took; a
 * failure is logged and never stops the server.
 */
export async function warmUpReads(yoga: IsnadYoga, logger: Logger): Promise<void> {
  const started = performance.now();
  try {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: WARM_UP_QUERY }),
    });
    const body = (await response.json()) as { errors?: { message: string }[] };
    const ms = Math.round(performance.now() - started);
    if (body.errors?.length) logger.warn({ ms, errors: body.errors.map((e) => e.message) }, 'warm-up failed');
    else logger.info({ ms }, 'query plans warmed');
  } catch (error) {
    logger.warn({ error: String(error) }, 'warm-up failed');
  }
}
