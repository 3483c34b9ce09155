import type { CallArgs, CallName, CallOutput } from '../../../shared/api/contract';
import type { CallContext } from './app';

/** A handler: validated argument in, result out (or an AppError thrown, turned into data by dispatch). */
export type Handler<K extends CallName> = (args: CallArgs<K>, ctx: CallContext) => CallOutput<K> | Promise<CallOutput<K>>;

/** The handlers of one area of the contract; the areas' tables together make the one table. */
export type AreaHandlers<K extends CallName> = { [P in K]: Handler<P> };
export type HandlerTable = AreaHandlers<CallName>;
