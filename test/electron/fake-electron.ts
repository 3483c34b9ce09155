import { EventEmitter } from 'node:events';

/**
 * A stand-in for the `electron` module (its runtime cannot be downloaded here): the parts the shell
 * uses, each recording what the shell asks of it, and letting a test play the user (the save
 * dialog's answer) and Chromium (IPC events, navigations, permission requests).
 * Used as `vi.mock('electron', () => import('./fake-electron'))`.
 */

type Listener = (event: IpcEvent, ...args: unknown[]) => unknown;

/** An IPC event as Electron hands it to ipcMain.handle: who sent it, and from which frame. */
export interface IpcEvent {
  sender: FakeWebContents;
  senderFrame: { url: string; parent: object | null } | null;
}

export interface SaveDialogAnswer {
  canceled: boolean;
  filePath?: string;
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  printOptions: object[] = [];
  printFailure: Error | null = null;
  pdf = Buffer.from('%PDF-1.7\n% a fake print of the page\n%%EOF\n');

  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }

  async printToPDF(options: object): Promise<Buffer> {
    this.printOptions.push(options);
    if (this.printFailure) throw this.printFailure;
    return this.pdf;
  }
}

export class BrowserWindow extends EventEmitter {
  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  isShown = false;
  focusCount = 0;

  constructor(readonly options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>) {
    super();
    fake.windows.push(this);
  }

  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    if (fake.loadFailure) throw fake.loadFailure;
  }

  show(): void {
    this.isShown = true;
  }

  isMinimized(): boolean {
    return false;
  }

  restore(): void {}

  focus(): void {
    this.focusCount += 1;
  }

  static fromWebContents(contents: unknown): BrowserWindow | null {
    return fake.windows.find((window) => window.webContents === contents) ?? null;
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: object) => void;
type PermissionCheckHandler = (contents: unknown, permission: string, origin: string, details: object) => boolean;
type DevicePermissionHandler = (details: object) => boolean;

/** The save dialog's answer until a test plays the user: closed without a choice. */
const CANCELED: SaveDialogAnswer = { canceled: true };

/** Everything the shell asked for, and the answers the test set up. Reset before each test. */
export const fake = {
  isPackaged: false,
  hasSingleInstanceLock: true,
  userData: '',
  windows: [] as BrowserWindow[],
  loadFailure: null as Error | null,
  quits: 0,
  menus: [] as unknown[],
  schemes: [] as { scheme: string; privileges: Record<string, boolean> }[][],
  protocolHandlers: new Map<string, (request: Request) => Response | Promise<Response>>(),
  ipcHandlers: new Map<string, Listener>(),
  permissionRequest: null as PermissionRequestHandler | null,
  permissionCheck: null as PermissionCheckHandler | null,
  devicePermission: null as DevicePermissionHandler | null,
  saveDialogs: [] as { window: BrowserWindow | null; options: { defaultPath?: string; filters?: { name: string; extensions: string[] }[] } }[],
  saveAnswer: CANCELED,
  errorBoxes: [] as { title: string; content: string }[],
  exposed: new Map<string, Record<string, (...args: unknown[]) => unknown>>(),
  invoked: [] as unknown[][],
};

export function resetFake(): void {
  Object.assign(fake, {
    isPackaged: false,
    hasSingleInstanceLock: true,
    userData: '',
    windows: [],
    loadFailure: null,
    quits: 0,
    menus: [],
    schemes: [],
    permissionRequest: null,
    permissionCheck: null,
    devicePermission: null,
    saveDialogs: [],
    saveAnswer: { canceled: true },
    errorBoxes: [],
    invoked: [],
  });
  fake.protocolHandlers.clear();
  fake.ipcHandlers.clear();
  fake.exposed.clear();
  app.removeAllListeners();
}

/** Plays Chromium delivering an `ipcRenderer.invoke` to the handler the shell registered. */
export async function invoke(channel: string, event: IpcEvent, ...args: unknown[]): Promise<unknown> {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(event, ...args);
}

/** An IPC event from a frame at `url` (a top frame unless a parent is given) of a window's page. */
export function eventFrom(url: string | null, options: { window?: BrowserWindow; subframe?: boolean } = {}): IpcEvent {
  const window = options.window ?? fake.windows[0] ?? new BrowserWindow({});
  return { sender: window.webContents, senderFrame: url === null ? null : { url, parent: options.subframe ? { url } : null } };
}

/** Plays Chromium asking whether a navigation may go ahead; true when the shell let it. */
export function navigationAllowed(contents: FakeWebContents, event: 'will-navigate' | 'will-redirect', url: string): boolean {
  let prevented = false;
  contents.emit(event, { url, preventDefault: () => (prevented = true) }, url);
  return !prevented;
}

class FakeApp extends EventEmitter {
  get isPackaged(): boolean {
    return fake.isPackaged;
  }
  requestSingleInstanceLock(): boolean {
    return fake.hasSingleInstanceLock;
  }
  async whenReady(): Promise<void> {}
  quit(): void {
    fake.quits += 1;
  }
  getVersion(): string {
    return '0.1.0-test';
  }
  getPath(name: string): string {
    if (name !== 'userData') throw new Error(`the shell asked for the path ${name}`);
    return fake.userData;
  }
}

export const app = new FakeApp();

export const dialog = {
  async showSaveDialog(first: BrowserWindow | object, second?: object): Promise<SaveDialogAnswer> {
    const window = first instanceof BrowserWindow ? first : null;
    const options = (first instanceof BrowserWindow ? second : first) ?? {};
    fake.saveDialogs.push({ window, options });
    return fake.saveAnswer;
  },
  showErrorBox(title: string, content: string): void {
    fake.errorBoxes.push({ title, content });
  },
};

export const ipcMain = {
  handle(channel: string, listener: Listener): void {
    if (fake.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    fake.ipcHandlers.set(channel, listener);
  },
};

export const Menu = {
  setApplicationMenu(menu: unknown): void {
    fake.menus.push(menu);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    fake.schemes.push(schemes);
  },
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    fake.protocolHandlers.set(scheme, handler);
  },
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
      fake.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
      fake.permissionCheck = handler;
    },
    setDevicePermissionHandler(handler: DevicePermissionHandler | null): void {
      fake.devicePermission = handler;
    },
  },
};

/** The preload's side: what it puts on `window`, and what it sends. */
export const contextBridge = {
  exposeInMainWorld(key: string, api: Record<string, (...args: unknown[]) => unknown>): void {
    fake.exposed.set(key, api);
  },
};

export const ipcRenderer = {
  async invoke(...args: unknown[]): Promise<unknown> {
    fake.invoked.push(args);
    return { ok: true, value: 'answered' };
  },
};
