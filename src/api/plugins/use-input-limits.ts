import { createGraphQLError } from 'graphql-yoga';
import type { Plugin } from 'graphql-yoga';
import { GraphQLError } from 'graphql';
import type { ValidationRule } from 'graphql';
import { ErrorCode } from '../errors';
import type { InputLimits } from '../limits';

/**
 * Bounds on the request itself: its body's size (413 before it is parsed, however it is sent) and
 * the length of every string, in the document and in the variables. Each is a BAD_USER_INPUT.
 */
export function useInputLimits(limits: InputLimits): Plugin {
  return {
    onRequestParse: ({ requestParser, setRequestParser, fetchAPI }) => {
      if (requestParser === undefined) return;
      setRequestParser(async (request) => {
        if (request.body === null) return requestParser(request);
        const body = await readBounded(request, limits.maxBodyBytes);
        return requestParser(
          new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, body }),
        );
      });
    },
    onValidate: ({ addValidationRule }) => addValidationRule(stringLengthRule(limits.maxStringLength)),
    onParams: ({ params }) => {
      const field = longStringPath(params.variables, limits.maxStringLength, 'variables');
      if (field !== null) throw tooLong(field, limits.maxStringLength);
    },
  };
}

/** The body as bytes, read no further than `max`: a larger one is refused at the first chunk past it. */
async function readBounded(request: Request, max: number): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(request.headers.get('content-length') ?? '0');
  if (declared > max) throw tooLarge(max);
  const reader = (request.body as ReadableStream<Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw tooLarge(max);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(new ArrayBuffer(size));
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

const tooLarge = (max: number): GraphQLError =>
  createGraphQLError(`the request body is larger than ${max} bytes`, {
    extensions: { code: ErrorCode.BadUserInput, http: { status: 413 } },
  });

const tooLong = (field: string, max: number): GraphQLError =>
  createGraphQLError(`${field} is longer than ${max} characters`, {
    extensions: { code: ErrorCode.BadUserInput, field, http: { status: 400, spec: false } },
  });

/** Refuses a string literal in the document longer than `max`. */
function stringLengthRule(max: number): ValidationRule {
  return (context) => ({
    StringValue(node) {
      if (node.value.length <= max) return;
      context.reportError(
        new GraphQLError(`a string in the query is longer than ${max} characters`, {
          nodes: [node],
          extensions: { code: ErrorCode.BadUserInput, http: { status: 400, spec: false } },
        }),
      );
    },
  });
}

/**
 * The path (`variables.filter.text`) of the first string longer than `max` in `value`, or null.
 * Walked with a stack, not by recursion: the variables may nest as deep as the body allows.
 */
function longStringPath(value: unknown, max: number, path: string): string | null {
  const pending: [unknown, string][] = [[value, path]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, at] = next;
    if (typeof item === 'string') {
      if (item.length > max) return at;
    } else if (Array.isArray(item)) {
      item.forEach((child: unknown, index) => pending.push([child, `${at}[${index}]`]));
    } else if (typeof item === 'object' && item !== null) {
      for (const [key, child] of Object.entries(item)) pending.push([child, `${at}.${key}`]);
    }
  }
  return null;
}
