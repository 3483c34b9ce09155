import type { jobsInputs } from '../../../shared/api/jobs';
import type { AreaHandlers } from '../platform/handler-types';

/** Reports written on a worker thread: start, watch, cancel, fetch the file. */
export const jobsHandlers = {
  'jobs:startReport': (args, ctx) => ctx.app.jobs.startReport({ name: args.name, from: args.from, to: args.to, locale: ctx.locale }),
  'jobs:progress': (args, ctx) => ctx.app.jobs.progress(args.jobId, ctx.locale),
  'jobs:cancel': (args, ctx) => ctx.app.jobs.cancel(args.jobId, ctx.locale),
  'jobs:result': (args, ctx) => ctx.app.jobs.take(args.jobId, ctx.locale),
} satisfies AreaHandlers<keyof typeof jobsInputs>;
