import type { filesInputs } from '../../../shared/api/files';
import { AppError } from '../../../shared/result';
import type { AreaHandlers } from '../platform/handler-types';
import { errorFileName, errorWorkbook } from '../platform/import/error-workbook';
import { commitImport, previewImport } from './import';
import { exportFileName, registryWorkbook, templateFileName, templateWorkbook } from './workbooks';
import { outbox } from '../platform/files/outbox';

/** Every list in and out of Excel: import (preview, commit, the error list), export and the empty template. */
export const listsHandlers = {
  'imports:preview': (args, ctx) => previewImport(ctx, args.kind, args.fileName, Buffer.from(args.dataBase64, 'base64'), args.update),
  'imports:commit': async (args, ctx) => {
    const outcome = await commitImport(ctx, args.importId, args.skipInvalid);
    if (outcome === null) throw new AppError('IMPORT_EXPIRED', ctx.t('errors.importExpired'));
    return outcome;
  },
  'imports:errorWorkbook': async (args, ctx) =>
    outbox().put(errorFileName(ctx, args.fileName), await errorWorkbook(ctx, Buffer.from(args.dataBase64, 'base64'), args, args.errors)),
  'files:export': async (args, ctx) => outbox().put(exportFileName(ctx, args.kind), await registryWorkbook(ctx, args.kind)),
  'files:template': async (args, ctx) => outbox().put(templateFileName(args.kind), await templateWorkbook(ctx, args.kind)),
} satisfies AreaHandlers<keyof typeof filesInputs>;
