/** The part of rdf-canonize (which ships no types) that exports use. */
declare module 'rdf-canonize' {
  interface CanonizeTerm {
    termType: string;
    value: string;
    datatype?: { termType: string; value: string };
    language?: string;
  }
  interface CanonizeQuad {
    subject: CanonizeTerm;
    predicate: CanonizeTerm;
    object: CanonizeTerm;
    graph: CanonizeTerm;
  }
  export function canonize(
    input: CanonizeQuad[],
    options: { algorithm: 'RDFC-1.0'; format?: 'application/n-quads'; maxWorkFactor?: number },
  ): Promise<string>;
}
