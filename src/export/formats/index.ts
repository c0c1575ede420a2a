/** The writer of each export format, and the file a bundle stores it in. */
import type { ExportFormat, FormatWriter } from '../format';
import { ClaimReviewWriter } from './claimreview';
import { N3FormatWriter, ProvJsonLdWriter } from './prov-rdf';
import { WebAnnotationWriter } from './web-annotation';

export function createFormatWriter(format: ExportFormat): FormatWriter {
  switch (format) {
    case 'nquads':
      return new N3FormatWriter('N-Quads');
    case 'turtle':
      return new N3FormatWriter('Turtle');
    case 'prov-jsonld':
      return new ProvJsonLdWriter();
    case 'web-annotation':
      return new WebAnnotationWriter();
    case 'claimreview':
      return new ClaimReviewWriter();
  }
}

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
