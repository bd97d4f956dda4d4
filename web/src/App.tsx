import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { clinic } from './api/client';
import { LiveProvider, useLive } from './api/live';
import { sessionStore, type Session } from './api/session';
import { PresenceToggle } from './components/PresenceToggle';
import { Loading, Page } from './components/ui';
import { Link, matchPath, navigate, usePath } from './lib/router';
import { SignIn, SignUp } from './pages/Auth';
import { DoctorSlots } from './pages/DoctorSlots';
import { DoctorToday } from './pages/DoctorToday';
import { FindDoctor } from './pages/FindDoctor';
import { MyAppointments } from './pages/MyAppointments';
import { Notifications, NotificationsLink } from './pages/Notifications';
import { ReceptionBoard } from './pages/ReceptionBoard';

// The doctor's and reception's own screens are loaded when first opened: patients (most visitors) never fetch them.
const DoctorWeek = lazy(() => import('./pages/DoctorWeek').then((module) => ({ default: module.DoctorWeek })));
const DoctorSettings = lazy(() =>
  import('./pages/DoctorSettings').then((module) => ({ default: module.DoctorSettings })),
);
const BookForPatient = lazy(() => import('./pages/Reception').then((module) => ({ default: module.BookForPatient })));
const Broadcast = lazy(() => import('./pages/Reception').then((module) => ({ default: module.Broadcast })));

const HOME_OF = { patient: '/doctors', doctor: '/today', admin: '/board' } as const;

const NAV_OF: Record<Session['user']['role'], { to: string; label: string }[]> = {
  patient: [
    { to: '/doctors', label: 'Find a doctor' },
    { to: '/appointments', label: 'My appointments' },
  ],
  doctor: [
    { to: '/today', label: 'Today' },
    { to: '/week', label: 'This week' },
    { to: '/settings', label: 'Hours and policy' },
  ],
  admin: [
    { to: '/board', label: 'Board' },
    { to: '/book', label: 'Book for a patient' },
    { to: '/broadcast', label: 'Broadcast' },
  ],
};

function Header({ session }: { session: Session | null }) {
  const queryClient = useQueryClient();
  const { connected, announcement } = useLive();
  const signOut = () => {
    const refreshToken = session?.refreshToken;
    sessionStore.signOut();
    queryClient.clear();
    navigate('/sign-in', { replace: true });
    if (refreshToken) {
      void clinic.POST('/api/v1/auth/logout', { body: { refreshToken } });
    }
  };
  return (
    <header className="top">
      <a className="skip" href="#main">
        Skip to content
      </a>
      <Link to="/" className="brand">
        Clinic Booking
      </Link>
      {session && (
        <nav aria-label="Main">
          <ul>
            {NAV_OF[session.user.role].map((item) => (
              <li key={item.to}>
                <Link to={item.to}>{item.label}</Link>
              </li>
            ))}
            <li>
              <NotificationsLink />
            </li>
          </ul>
        </nav>
      )}
      {session && (
        <div className="who">
          <span className={`live-dot ${connected ? 'on' : 'off'}`} role="status">
            {connected ? 'Live' : 'Offline'}
          </span>
          {session.user.role === 'doctor' && <PresenceToggle />}
          <span className="name">{session.user.fullName}</span>
          <button type="button" onClick={signOut}>
            Sign out
          </button>
        </div>
      )}
      <p className="visually-hidden" aria-live="polite" data-testid="announcement">
        {announcement}
      </p>
    </header>
  );
}

function Screen({ session, path }: { session: Session | null; path: string }) {
  if (!session) {
    return path === '/sign-up' ? <SignUp /> : <SignIn />;
  }
  const role = session.user.role;
  if (path === '/' || path === '/sign-in' || path === '/sign-up') {
    return null;
  }
  if (path === '/notifications') {
    return <Notifications />;
  }
  if (role === 'patient') {
    if (path === '/doctors') {
      return <FindDoctor />;
    }
    const doctor = matchPath('/doctors/:id', path);
    if (doctor?.id) {
      return <DoctorSlots key={doctor.id} doctorId={doctor.id} />;
    }
    if (path === '/appointments') {
      return <MyAppointments />;
    }
  }
  if (role === 'doctor' && path === '/today') {
    return <DoctorToday />;
  }
  if (role === 'doctor' && path === '/week') {
    return <DoctorWeek />;
  }
  if (role === 'doctor' && path === '/settings') {
    return <DoctorSettings />;
  }
  if (role === 'admin' && path === '/board') {
    return <ReceptionBoard />;
  }
  if (role === 'admin' && path === '/book') {
    return <BookForPatient />;
  }
  if (role === 'admin' && path === '/broadcast') {
    return <Broadcast />;
  }
  return (
    <Page title="Page not found">
      <p>
        There is nothing here. <Link to={HOME_OF[role]}>Go to your start page</Link>
      </p>
    </Page>
  );
}

export function App() {
  const session = useSyncExternalStore(sessionStore.subscribe, sessionStore.get);
  const path = usePath();
  const role = session?.user.role;

  useEffect(() => {
    if (role && (path === '/' || path === '/sign-in' || path === '/sign-up')) {
      navigate(HOME_OF[role], { replace: true });
    } else if (!role && path !== '/sign-in' && path !== '/sign-up') {
      navigate('/sign-in', { replace: true });
    }
  }, [role, path]);

  return (
    <LiveProvider userId={session?.user.id ?? null}>
      <Header session={session} />
      <main id="main">
        <Suspense fallback={<Loading what="the page" />}>
          <Screen session={session} path={path} />
        </Suspense>
      </main>
    </LiveProvider>
  );
}
