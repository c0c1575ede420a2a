/** The writer of each export format, and the file a bundle stores it in. */
import type { ExportFormat, FormatWriter, WriterOptions } from '../format';
import { ClaimReviewWriter } from './claimreview';
import { N3FormatWriter, ProvJsonLdWriter } from './prov-rdf';
import { WebAnnotationWriter } from './web-annotation';

export function createFormatWriter(format: ExportFormat, options: WriterOptions): FormatWriter {
  switch (format) {
    case 'nquads':
      return new N3FormatWriter('N-Quads');
    case 'turtle':
      return new N3FormatWriter('Turtle');
    case 'prov-jsonld':
      return new ProvJsonLdWriter(options);
    case 'web-annotation':
      return new WebAnnotationWriter(options);
    case 'claimreview':
      return new ClaimReviewWriter(options);
  }
}

/** Formats whose data carries the articles' text (verify checks every span against it there). */
export const CARRIES_TEXT: Readonly<Record<ExportFormat, boolean>> = {
  nquads: true,
  turtle: true,
  'prov-jsonld': true,
  'web-annotation': false,
  claimreview: false,
};

/** The data file of a bundle in each format. */
export const DATA_FILE: Readonly<Record<ExportFormat, string>> = {
  nquads: 'export.nq',
  turtle: 'export.ttl',
  'prov-jsonld': 'export.prov.jsonld',
  'web-annotation': 'export.annotations.jsonld',
  claimreview: 'export.claimreview.jsonld',
};

export const MEDIA_TYPE: Readonly<Record<ExportFormat, string>> = {
  nquads: 'application/n-quads; charset=utf-8',
  turtle: 'text/turtle; charset=utf-8',
  'prov-jsonld': 'application/ld+json; charset=utf-8',
  'web-annotation': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  claimreview: 'application/ld+json; charset=utf-8',
};
