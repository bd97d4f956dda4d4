import type { TokenResponse, User } from './types';

/** Who is signed in: the tokens of the login and the account they belong to. */
export interface Session {
  accessToken: string;
  refreshToken: string;
  user: User;
}

const STORAGE_KEY = 'clinic-booking.session';

function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const { accessToken, refreshToken, user } = value as Record<string, unknown>;
  return typeof accessToken === 'string' && typeof refreshToken === 'string' && typeof user === 'object' && !!user;
}

function read(): Session | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

type Listener = () => void;

/**
 * The session, kept in `localStorage` so every tab of the clinic shares one login (a refresh in one tab is seen by
 * the others through the `storage` event), and readable outside React (the client's token getter, the socket).
 */
class SessionStore {
  private current: Session | null = read();
  private readonly listeners = new Set<Listener>();

  constructor() {
    window.addEventListener('storage', (event) => {
      if (event.key === STORAGE_KEY) {
        this.current = read();
        this.emit();
      }
    });
  }

  get = (): Session | null => this.current;

  /** The stored session, as another tab may have left it (before deciding a refresh is needed). */
  reload(): Session | null {
    this.current = read();
    return this.current;
  }

  signIn(tokens: TokenResponse): void {
    this.set({ accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, user: tokens.user });
  }

  signOut(): void {
    this.set(null);
  }

  subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(session: Session | null): void {
    this.current = session;
    if (session) {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } else {
      localStorage.removeItem(STORAGE_KEY);
    }
    this.emit();
  }

  private emit(): void {
    this.listeners.forEach((listener) => listener());
  }
}

export const sessionStore = new SessionStore();
