import type { Widen } from './widen';
import type { outboxId } from './outbox.id';

/** Files the app made, at the door where the user takes them (outbox: main/core/platform/files). */
export const outboxEn: Widen<typeof outboxId> = {
  getOnly: 'Files are downloaded by GET only.',
  gone: 'This file was already taken or has expired; make it again from the screen.',
};
