import { Client, cacheExchange, fetchExchange } from 'urql';
import { apiKey } from './api-key';

/**
 * The page's one GraphQL client: same origin, `/graphql` only. The key, when one is entered,
 * goes as a bearer token on every request (reads are open; writes need it).
 */
export function createClient(): Client {
  return new Client({
    url: '/graphql',
    exchanges: [cacheExchange, fetchExchange],
    preferGetMethod: false,
    fetchOptions: () => {
      const key = apiKey();
      return key === '' ? {} : { headers: { authorization: `Bearer ${key}` } };
    },
  });
}
