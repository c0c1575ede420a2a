import tls from 'node:tls';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../../src/config/config';
import type { HostLookup } from '../../../src/config/config';
import { IntakeError } from '../../../src/intake/errors';
import { intakePage } from '../../../src/intake/intake-page';
import { ROUTES, startPageServer, testIntakeConfig } from '../../support/page-server';
import type { PageServer } from '../../support/page-server';

/** A resolver that knows only the names given, and records every name it is asked. */
function recordingLookup(answers: Record<string, string[][]>) {
  const asked: string[] = [];
  const lookup: HostLookup = async (hostname) => {
    asked.push(hostname);
    const turns = answers[hostname];
    if (turns === undefined) throw Object.assign(new Error(`unknown ${hostname}`), { code: 'ENOTFOUND' });
    // One answer per call; the last one repeats.
    const turn = turns[Math.min(asked.filter((h) => h === hostname).length, turns.length) - 1]!;
    return turn.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));
  };
  return { asked, lookup };
}

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IntakeError);
  return error as IntakeError;
};

describe('the fetcher connects to the address it checked, never to a second answer', () => {
  let server: PageServer;
  let port: number;

  beforeAll(async () => {
    server = await startPageServer();
    port = Number(new URL(server.origin).port);
    ROUTES['/to-second'] = { redirect: `http://second.example:${port}/news/basra-port-reopens` };
  });
  afterAll(async () => {
    delete ROUTES['/to-second'];
    await server.close();
  });
  beforeEach(() => server.requests.splice(0));

  it('reaches a name only its resolver knows, at the checked address, with the Host header kept', async () => {
    const { asked, lookup } = recordingLookup({ 'pages.example': [['127.0.0.1']] });
    const result = await intakePage(
      { url: `http://pages.example:${port}/bare` },
      testIntakeConfig({ lookup }),
    );
    expect(result.retrieval).toMatchObject({
      finalUrl: `http://pages.example:${port}/bare`,
      httpStatus: 200,
    });
    expect(asked).toEqual(['pages.example']);
    expect(server.requests).toEqual([{ path: '/bare', host: `pages.example:${port}` }]);
  });

  it('resolves each redirect hop once and connects to what it checked for that hop', async () => {
    const { asked, lookup } = recordingLookup({
      'first.example': [['127.0.0.1']],
      'second.example': [['127.0.0.1']],
    });
    const result = await intakePage(
      { url: `http://first.example:${port}/to-second` },
      testIntakeConfig({ lookup }),
    );
    expect(result.retrieval.finalUrl).toBe(`http://second.example:${port}/news/basra-port-reopens`);
    expect(asked).toEqual(['first.example', 'second.example']);
    expect(server.requests).toEqual([
      { path: '/to-second', host: `first.example:${port}` },
      { path: '/news/basra-port-reopens', host: `second.example:${port}` },
    ]);
  });

  it('is not rebound: a public first answer then loopback never reaches loopback', async () => {
    // `localhost` is loopback to the system resolver: a fetch that resolved the name again would
    // reach the fixture server. The checked answer is a documentation address that never answers.
    const { asked, lookup } = recordingLookup({ localhost: [['203.0.113.7'], ['127.0.0.1']] });
    const error = await failure(
      intakePage(
        { url: `http://localhost:${port}/bare` },
        testIntakeConfig({ lookup, allowPrivateAddresses: false, timeoutMs: 1500 }),
      ),
    );
    expect(['FETCH_FAILED', 'TIMEOUT']).toContain(error.reason);
    expect(asked).toEqual(['localhost']);
    expect(server.requests).toEqual([]);
  });

  it('refuses a host when any of its addresses is private, and a name that does not resolve', async () => {
    const { lookup } = recordingLookup({ 'mixed.example': [['203.0.113.7', '10.1.2.3']] });
    const config = testIntakeConfig({ lookup, allowPrivateAddresses: false });
    const mixed = await failure(intakePage({ url: `http://mixed.example:${port}/bare` }, config));
    expect(mixed.reason).toBe('PRIVATE_ADDRESS');
    expect(mixed.message).toMatch(/mixed\.example resolves to 10\.1\.2\.3/);
    const unknown = await failure(intakePage({ url: `http://nowhere.example:${port}/bare` }, config));
    expect(unknown.reason).toBe('DNS_FAILED');
    expect(server.requests).toEqual([]);
  });

  it('sends the host name as the TLS server name over the pinned connection', async () => {
    const names: string[] = [];
    // No certificate: the handshake stops once the client has named the server it wants.
    const tlsServer = tls.createServer({
      SNICallback: (name, callback) => {
        names.push(name);
        callback(new Error('no certificate here'));
      },
    });
    tlsServer.on('tlsClientError', () => undefined);
    await new Promise<void>((resolve) => tlsServer.listen(0, '127.0.0.1', resolve));
    const tlsPort = (tlsServer.address() as AddressInfo).port;
    try {
      const { lookup } = recordingLookup({ 'secure.example': [['127.0.0.1']] });
      const error = await failure(
        intakePage({ url: `https://secure.example:${tlsPort}/` }, testIntakeConfig({ lookup })),
      );
      expect(error.reason).toBe('FETCH_FAILED');
      expect(names).toEqual(['secure.example']);
    } finally {
      await new Promise<void>((resolve) => tlsServer.close(() => resolve()));
    }
  });

  it('still fetches the fixture server on 127.0.0.1 and localhost with ISNAD_INTAKE_ALLOW_PRIVATE=true', async () => {
    const configured = loadConfig({
      ISNAD_INTAKE_ALLOW_PRIVATE: 'true',
      ISNAD_ARTIFACTS_DIR: testIntakeConfig().artifactsDir,
    }).intake;
    expect(configured.lookup).toBeUndefined();
    const direct = await intakePage({ url: `${server.origin}/bare` }, configured);
    expect(direct.retrieval.httpStatus).toBe(200);
    const named = await intakePage({ url: `http://localhost:${port}/bare` }, configured);
    expect(named.retrieval.finalUrl).toBe(`http://localhost:${port}/bare`);
    expect(server.requests.map((r) => r.host)).toEqual([`127.0.0.1:${port}`, `localhost:${port}`]);
  });
});
