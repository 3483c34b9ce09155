import type { filesInputs } from '../../../shared/api/files';
import { AppError } from '../../../shared/result';
import type { AreaHandlers } from '../platform/handler-types';
import { errorFileName, errorWorkbook } from '../platform/import/error-workbook';
import { commitImport, previewImport } from './import';
import { exportFileName, registryWorkbook, templateFileName, templateWorkbook } from './workbooks';

/** Every list in and out of Excel: import (preview, commit, the error list), export and the empty template. */
export const listsHandlers = {
  'imports:preview': (args, ctx) => previewImport(ctx, args.kind, args.fileName, Buffer.from(args.dataBase64, 'base64'), args.update),
  'imports:commit': async (args, ctx) => {
    const outcome = await commitImport(ctx, args.importId, args.skipInvalid);
    if (outcome === null) throw new AppError('IMPORT_EXPIRED', ctx.t('errors.importExpired'));
    return outcome;
  },
  'imports:errorWorkbook': async (args, ctx) => ({
    fileName: errorFileName(ctx, args.fileName),
    dataBase64: (await errorWorkbook(ctx, Buffer.from(args.dataBase64, 'base64'), args, args.errors)).toString('base64'),
  }),
  'files:export': async (args, ctx) => ({
    fileName: exportFileName(ctx, args.kind),
    dataBase64: (await registryWorkbook(ctx, args.kind)).toString('base64'),
  }),
  'files:template': async (args, ctx) => ({
    fileName: templateFileName(args.kind),
    dataBase64: (await templateWorkbook(ctx, args.kind)).toString('base64'),
  }),
} satisfies AreaHandlers<keyof typeof filesInputs>;
