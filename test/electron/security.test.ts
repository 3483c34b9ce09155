import { BrowserWindow, session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_ORIGIN, denyPermissions, isAppUrl, isTrustedSender, lockDown } from '../../main/electron/security';
import { eventFrom, fake, navigationAllowed, resetFake } from './fake-electron';

// The electron module is a recording fake here (see fake-electron.ts); main/electron/security.ts
// is what runs.
vi.mock('electron', () => import('./fake-electron'));

beforeEach(resetFake);

describe('our own pages (isAppUrl)', () => {
  it('are app://sentra, compared by scheme and host: a custom scheme has the origin "null" under Node', () => {
    expect(new URL(`${APP_ORIGIN}/index.html`).origin).toBe('null');
    for (const url of ['app://sentra/index.html', 'app://sentra/', 'app://sentra', 'app://sentra/assets/index-1a2b.js?x=1#/orders', 'APP://sentra/index.html']) {
      expect(isAppUrl(url), url).toBe(true);
    }
  });

  it('are not look-alikes, other schemes, credentials, ports or malformed URLs', () => {
    const refused = [
      'app://sentra.evil/index.html',
      'app://evil.sentra/index.html',
      'app://sentra@x/index.html',
      'app://user:pw@sentra/index.html',
      'app://sentra:8080/index.html',
      'app://sentra%2eevil/',
      'app://SENTRA/index.html',
      'app:sentra/index.html',
      'app:///sentra/index.html',
      'http://sentra/index.html',
      'https://sentra/index.html',
      'file:///C:/sentra/index.html',
      'sentra/index.html',
      'about:blank',
      '',
      'app://',
      'http://[::1',
      'javascript:alert(1)',
    ];
    for (const url of refused) expect(isAppUrl(url), url).toBe(false);
  });
});

describe('the IPC sender check', () => {
  it('answers our own top frame', () => {
    expect(isTrustedSender(eventFrom('app://sentra/index.html'))).toBe(true);
    expect(isTrustedSender(eventFrom('app://sentra/index.html#/print/roadmap'))).toBe(true);
  });

  it('refuses subframes, frames already gone, other pages and malformed URLs', () => {
    expect(isTrustedSender(eventFrom('app://sentra/index.html', { subframe: true }))).toBe(false);
    expect(isTrustedSender(eventFrom(null))).toBe(false);
    for (const url of ['app://sentra.evil/', 'app://sentra@x/', 'http://sentra/', 'https://example.com/', 'not a url', 'data:text/html,hi']) {
      expect(isTrustedSender(eventFrom(url)), url).toBe(false);
    }
  });
});

describe('a locked-down window', () => {
  function lockedWindow() {
    const window = new BrowserWindow({});
    lockDown(window.webContents);
    return fake.windows[0].webContents;
  }

  it('navigates and redirects only within app://sentra', () => {
    const contents = lockedWindow();
    for (const event of ['will-navigate', 'will-redirect'] as const) {
      expect(navigationAllowed(contents, event, 'app://sentra/index.html#/orders')).toBe(true);
      for (const url of ['https://evil.example/', 'http://sentra/', 'app://sentra.evil/', 'app://sentra@evil/', 'file:///etc/passwd', 'not a url']) {
        expect(navigationAllowed(contents, event, url), `${event} ${url}`).toBe(false);
      }
    }
  });

  it('opens no new windows and attaches no <webview>', () => {
    const contents = lockedWindow();
    expect(contents.windowOpenHandler?.({ url: 'app://sentra/index.html' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, { src: 'app://sentra/index.html' });
    expect(prevented).toBe(true);
  });
});

describe('permissions', () => {
  it('are refused on request, on check and for devices', () => {
    denyPermissions(session.defaultSession);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      fake.permissionRequest?.(null, permission, (granted) => answers.push(granted), {});
      answers.push(fake.permissionCheck?.(null, permission, 'app://sentra', {}) ?? true);
    }
    answers.push(fake.devicePermission?.({ deviceType: 'usb', origin: 'app://sentra' }) ?? true);
    expect(answers).toHaveLength(13);
    expect(answers.every((granted) => granted === false)).toBe(true);
  });
});
