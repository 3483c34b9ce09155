import type { ImportPreview } from '../../../../shared/api/files';
import { ImportChanges } from './ImportChanges';
import { ImportColumns } from './ImportColumns';
import { ImportCounts } from './ImportCounts';
import { ImportProblems } from './ImportProblems';
import { ImportUpdateCounts } from './ImportUpdateCounts';
import { ImportValidRows } from './ImportValidRows';

/** Step 2: what the importer understood, problems first. */
export function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  return (
    <div className="import-preview" data-testid="import-preview">
      <ImportCounts preview={preview} />
      {preview.update ? <ImportUpdateCounts preview={preview} counts={preview.update} /> : null}
      <ImportColumns preview={preview} />
      {preview.errors.length > 0 ? <ImportProblems preview={preview} /> : null}
      {preview.update ? <ImportChanges preview={preview} /> : <ImportValidRows preview={preview} />}
    </div>
  );
}
