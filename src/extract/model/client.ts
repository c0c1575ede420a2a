/**
 * One request to an OpenAI-compatible chat-completions server (llama.cpp's server, Ollama's /v1,
 * vLLM), with Node's fetch and a timeout that covers the body too. Every failure becomes a
 * {@link ModelServerError} whose message names the endpoint and what was wrong.
 */
import type { ModelServerConfig } from '../../config/config';
import { chatCompletionSchema, modelReplySchema } from './reply-schema';
import type { ModelReply } from './reply-schema';
import type { ChatMessage } from './prompt';

/** A failure of the model server or of its reply; the message is the whole story (no stack needed). */
export class ModelServerError extends Error {
  override name = 'ModelServerError';
  readonly userFacing = true;
}

/** `{baseUrl}/chat/completions`, without a doubled slash. */
export function chatCompletionsUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/chat/completions`;
}

/** The server as the annotator may record it: no credentials, no query string. */
export function describeServer(baseUrl: string): string {
  try {
    const url = new URL(baseUrl);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return baseUrl;
  }
}

const BODY_EXCERPT = 200;

/**
 * Posts `messages` and returns the model's reply, parsed and checked against reply-schema.ts.
 * Asks for a JSON object at temperature 0.
 */
export async function requestModelReply(
  server: ModelServerConfig,
  messages: readonly ChatMessage[],
): Promise<ModelReply> {
  const endpoint = chatCompletionsUrl(server.baseUrl);
  const shown = describeServer(endpoint);
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (server.apiKey) headers.authorization = `Bearer ${server.apiKey}`;
  const body = JSON.stringify({
    model: server.model,
    messages,
    temperature: 0,
    response_format: { type: 'json_object' },
    stream: false,
  });

  let status: number;
  let raw: string;
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers,
      body,
      signal: AbortSignal.timeout(server.timeoutMs),
    });
    status = response.status;
    raw = await response.text();
    if (!response.ok) {
      throw new ModelServerError(
        `model server ${shown} answered HTTP ${status}${raw.trim() ? `: ${excerpt(raw)}` : ''}`,
      );
    }
  } catch (error) {
    if (error instanceof ModelServerError) throw error;
    throw new ModelServerError(transportFailure(error, shown, server.timeoutMs));
  }

  let envelope: unknown;
  try {
    envelope = JSON.parse(raw);
  } catch {
    throw new ModelServerError(
      `model server ${shown} answered HTTP ${status} with a body that is not JSON: ${excerpt(raw)}`,
    );
  }
  const completion = chatCompletionSchema.safeParse(envelope);
  if (!completion.success) {
    throw new ModelServerError(
      `model server ${shown} sent no chat completion (${issues(completion.error.issues)})`,
    );
  }
  const content = completion.data.choices[0]?.message.content ?? '';
  let reply: unknown;
  try {
    reply = JSON.parse(withoutCodeFence(content));
  } catch {
    throw new ModelServerError(
      `model ${server.model} at ${shown}: choices[0].message.content is not JSON: ${excerpt(content)}`,
    );
  }
  const parsed = modelReplySchema.safeParse(reply);
  if (!parsed.success) {
    throw new ModelServerError(
      `model ${server.model} at ${shown}: the reply does not have the expected shape (${issues(parsed.error.issues)})`,
    );
  }
  return parsed.data;
}

function transportFailure(error: unknown, shown: string, timeoutMs: number): string {
  // Read by shape, not instanceof: fetch's errors may come from another realm (undici's DOMException).
  const failure = (error ?? {}) as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string };
  };
  if (failure.name === 'TimeoutError' || failure.name === 'AbortError') {
    return `model server ${shown} did not answer within ${timeoutMs} ms (ISNAD_MODEL_TIMEOUT_MS)`;
  }
  // Node's fetch reports network failures as TypeError('fetch failed') with the system error as cause.
  const why = failure.cause?.code ?? failure.cause?.message ?? failure.message ?? String(error);
  return `cannot reach model server ${shown}: ${why}`;
}

/** Some models wrap JSON in a Markdown fence although asked not to; the fence is not content. */
function withoutCodeFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/u.exec(content);
  return fenced?.[1] ?? content;
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const chars = [...flat];
  return chars.length > BODY_EXCERPT ? `${chars.slice(0, BODY_EXCERPT).join('')}…` : flat || '(empty)';
}

function issues(list: readonly { path: PropertyKey[]; message: string }[]): string {
  return list
    .slice(0, 5)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
}
