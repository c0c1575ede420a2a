import path from 'node:path';
import { intakeRecordSchema } from '../../../src/intake/intake-record';
import { intakePage } from '../../../src/intake/intake-page';
import { INTAKE_FIXTURES, testIntakeConfig } from '../../support/page-server';

describe('the intake record', () => {
  it("keeps the retrieval's start and end, and still reads a record written before they were kept", async () => {
    const { article, retrieval } = await intakePage(
      { file: path.join(INTAKE_FIXTURES, 'no-metadata.en.html') },
      testIntakeConfig({ offline: true }),
    );
    const record = JSON.parse(
      JSON.stringify({
        slug: 'bare',
        textFile: 'bare.en.txt',
        wasRevisionOf: null,
        headlineLine: article.headlineLine,
        metadata: article.metadata,
        retrieval,
      }),
    ) as { retrieval: Record<string, unknown> };
    const parsed = intakeRecordSchema.parse(record);
    expect(parsed.retrieval.requestedAt).toBe(retrieval.requestedAt);
    expect(parsed.retrieval.extractedAt).toBe(retrieval.extractedAt);
    expect(Date.parse(retrieval.extractedAt!)).toBeGreaterThanOrEqual(Date.parse(retrieval.requestedAt!));

    delete record.retrieval.requestedAt;
    delete record.retrieval.extractedAt;
    const earlier = intakeRecordSchema.parse(record);
    expect(earlier.retrieval).toMatchObject({ requestedAt: null, extractedAt: null });
    expect(() =>
      intakeRecordSchema.parse({ ...record, retrieval: { ...record.retrieval, extractedAt: 'Monday' } }),
    ).toThrow(/extractedAt/);
  });
});
