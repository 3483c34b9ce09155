import type { Widen } from './widen';
import type { jobsId } from './jobs.id';

export const jobsEn: Widen<typeof jobsId> = {
  writing: 'Writing the report…',
  writingRows: 'Writing the report… {{done}} of {{total}} rows ({{pct}} %)',
  cancel: 'Cancel',
  cancelled: 'Writing the report was cancelled; no file was made.',
  errors: {
    unknown: 'Job {{jobId}} is unknown or its file was already taken.',
    notDone: 'The report is not finished yet.',
    stopped: 'The report writer stopped without a result (code {{code}}).',
    importStopped: 'Reading the import file stopped without a result (code {{code}}); nothing was saved.',
  },
};
