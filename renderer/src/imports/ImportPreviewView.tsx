import type { ImportPreview } from '../../../shared/api/files';
import { ImportColumns } from './ImportColumns';
import { ImportCounts } from './ImportCounts';
import { ImportProblems } from './ImportProblems';
import { ImportValidRows } from './ImportValidRows';

/** Step 2: what the importer understood, problems first. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  return (
    <div className="import-preview" data-testid="import-preview">
      <ImportCounts preview={preview} />
      <ImportColumns preview={preview} />
      {preview.errors.length > 0 ? <ImportProblems preview={preview} /> : null}
      <ImportValidRows preview={preview} />
    </div>
  );
}
