import { createServer } from 'node:http';
import type { IncomingHttpHeaders, Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the fake server received. */
export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: unknown;
}

/** What the fake server answers: a status and a raw body, or a delay longer than the client waits. */
export interface CannedAnswer {
  status?: number;
  body?: string;
  delayMs?: number;
}

export interface ChatServer {
  baseUrl: string;
  received: ReceivedRequest[];
  answer(next: CannedAnswer): void;
  close(): Promise<void>;
}

/** A chat-completions envelope whose message content is `content` (JSON-encoded unless a string). */
export function completion(content: unknown): string {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion',
    choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
  });
}

/** A small OpenAI-compatible chat-completions server on 127.0.0.1 (port 0), for tests. */
export async function startChatServer(): Promise<ChatServer> {
  const received: ReceivedRequest[] = [];
  let next: CannedAnswer = { status: 200, body: completion({ sources: [], statements: [] }) };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body: unknown = raw;
      try {
        body = JSON.parse(raw);
      } catch {
        // kept raw
      }
      received.push({ method: req.method ?? '', path: req.url ?? '', headers: req.headers, body });
      const answer = next;
      const send = (): void => {
        if (res.destroyed) return;
        res.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
        res.end(answer.body ?? '');
      };
      if (answer.delayMs) setTimeout(send, answer.delayMs);
      else send();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    received,
    answer(answer) {
      next = answer;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
