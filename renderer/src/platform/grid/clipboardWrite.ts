/**
 * Puts text on the clipboard from a key press or a menu click (both are user gestures). The copy
 * command hands us the clipboard event to fill, which needs no permission in a browser or in
 * Electron; the asynchronous clipboard is the fallback where the command is refused.
 */
export function writeClipboardText(text: string, html?: string): void {
  let isWritten = false;
  function fill(event: ClipboardEvent) {
    if (!event.clipboardData) return;
    event.clipboardData.setData('text/plain', text);
    if (html) event.clipboardData.setData('text/html', html);
    event.preventDefault();
    isWritten = true;
  }
  document.addEventListener('copy', fill, true);
  try {
    document.execCommand('copy');
  } finally {
    document.removeEventListener('copy', fill, true);
  }
  if (!isWritten) void navigator.clipboard?.writeText(text);
}
