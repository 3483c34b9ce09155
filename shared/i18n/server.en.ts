import type { Widen } from './widen';
import type { serverId } from './server.id';

export const serverEn: Widen<typeof serverId> = {
  badUrl: 'The request address is not valid (a broken % sequence).',
  missingHost: 'A request without a Host header is refused.',
  wrongHost: 'Unknown host.',
  foreignOrigin: 'Requests from another site are refused.',
  postOnly: 'Calls are accepted by POST only.',
  getOnly: 'GET or HEAD only.',
  notFound: 'Not found.',
  unauthorized: 'The access token is missing or wrong; open the app again from the address shown when it started.',
  unsupportedType: 'The request body must be JSON (Content-Type: application/json).',
  tooLarge: 'The request body is over {{limit}} MB; the limit is {{limit}} MB.',
  badJson: 'The request body is not valid JSON.',
  internal: 'Something went wrong in the server; the details are in its log.',
};
