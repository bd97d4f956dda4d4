import { connectNotifications, type NotificationsSocket } from '@clinic-booking/client';
import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { formatDateTime, formatTime } from '../lib/time';
import { refreshSession, SERVICE_ORIGIN } from './client';
import { sessionStore } from './session';
import type { Appointment, AppointmentStatus } from './types';

interface Live {
  socket: NotificationsSocket | null;
  connected: boolean;
  /** The latest change heard, for the page's polite live region. */
  announcement: string;
}

const LiveContext = createContext<Live>({ socket: null, connected: false, announcement: '' });

const STATUS_WORDS: Record<AppointmentStatus, string> = {
  pending: 'is waiting for confirmation',
  confirmed: 'was confirmed',
  in_progress: 'has started',
  completed: 'was completed',
  cancelled: 'was cancelled',
  no_show: 'was marked as a no-show',
};

function describe(appointment: Appointment): string {
  return `${appointment.patient.fullName} with ${appointment.doctor.fullName}, ${formatDateTime(appointment.startsAt)}`;
}

/**
 * One Socket.IO connection per signed-in user (`/notifications`, typed by the contract's event maps). Appointment
 * events refresh every appointment list; `slots.changed` is for the screens that watch a doctor (`useWatchSlots`).
 * The socket asks for the current token on every (re)connection; when the service closes it (the token expired) or
 * refuses it, the session is refreshed once and the socket connects again.
 */
export function LiveProvider({ userId, children }: { userId: string | null; children: ReactNode }) {
  const queryClient = useQueryClient();
  const [live, setLive] = useState<Live>({ socket: null, connected: false, announcement: '' });

  useEffect(() => {
    if (userId === null) {
      return;
    }
    const socket = connectNotifications(SERVICE_ORIGIN, () => sessionStore.get()?.accessToken ?? '');
    const update = (patch: Partial<Live>) => setLive((previous) => ({ ...previous, ...patch }));
    const refreshAppointments = (announcement: string) => {
      // Every appointment event is also stored as a notification of the user: the unread badge follows.
      void queryClient.invalidateQueries({ queryKey: ['appointments'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      update({ announcement });
    };
    let refreshedFor: string | undefined;
    const reconnectWithFreshToken = () => {
      const token = sessionStore.get()?.accessToken;
      if (token === undefined || refreshedFor === token) {
        return;
      }
      refreshedFor = token;
      void refreshSession(token).then((ok) => ok && socket.connect());
    };

    socket.on('connect', () => {
      update({ connected: true });
      // Reception's board follows every appointment: admins ask for it on every (re)connection.
      if (sessionStore.get()?.user.role === 'admin') {
        socket.emit('appointments.watch', {}, () => undefined);
      }
      // Anything missed while disconnected.
      void queryClient.invalidateQueries({ queryKey: ['appointments'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      void queryClient.invalidateQueries({ queryKey: ['waitlist'] });
    });
    socket.on('disconnect', (reason) => {
      update({ connected: false });
      if (reason === 'io server disconnect') {
        reconnectWithFreshToken();
      }
    });
    socket.on('connect_error', (error) => {
      if (error.message === 'Unauthorized') {
        reconnectWithFreshToken();
      }
    });
    socket.on('appointment.created', ({ appointment }) =>
      refreshAppointments(`New booking: ${describe(appointment)}.`),
    );
    socket.on('appointment.updated', ({ appointment }) =>
      refreshAppointments(`Appointment changed: ${describe(appointment)}.`),
    );
    socket.on('appointment.status_changed', ({ appointment, status }) =>
      refreshAppointments(`Appointment ${describe(appointment)} ${STATUS_WORDS[status]}.`),
    );
    socket.on('appointment.deleted', ({ appointment }) =>
      refreshAppointments(`Appointment removed: ${describe(appointment)}.`),
    );
    socket.on('appointment.reminder', ({ appointment }) => refreshAppointments(`Reminder: ${describe(appointment)}.`));
    socket.on('notification', (notification) => {
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      update({ announcement: `New notification: ${notification.title}.` });
    });
    socket.on('waitlist.offer', ({ entry }) => {
      void queryClient.invalidateQueries({ queryKey: ['waitlist'] });
      void queryClient.invalidateQueries({ queryKey: ['notifications'] });
      update({
        announcement: entry.offer
          ? `A time came free for you: ${formatDateTime(entry.offer.startsAt)}. It is held until ${formatTime(entry.offer.expiresAt)}.`
          : 'Your waitlist entry changed.',
      });
    });
    socket.on('doctor.presence', () => void queryClient.invalidateQueries({ queryKey: ['doctors'] }));
    update({ socket });
    return () => {
      socket.disconnect();
      setLive({ socket: null, connected: false, announcement: '' });
    };
  }, [userId, queryClient]);

  return <LiveContext.Provider value={live}>{children}</LiveContext.Provider>;
}

export function useLive(): Live {
  return useContext(LiveContext);
}

/**
 * Watches a doctor's free times while the screen is open (`slots.watch`, again after every reconnection) and
 * refetches them when `slots.changed` says they changed.
 */
export function useWatchSlots(doctorId: string): void {
  const { socket } = useLive();
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!socket) {
      return;
    }
    const watch = () => socket.emit('slots.watch', { doctorId }, () => undefined);
    const changed = (event: { doctorId: string }) => {
      if (event.doctorId === doctorId) {
        void queryClient.invalidateQueries({ queryKey: ['slots', doctorId] });
      }
    };
    const rewatch = () => {
      watch();
      void queryClient.invalidateQueries({ queryKey: ['slots', doctorId] });
    };
    if (socket.connected) {
      watch();
    }
    socket.on('connect', rewatch);
    socket.on('slots.changed', changed);
    return () => {
      socket.off('connect', rewatch);
      socket.off('slots.changed', changed);
      if (socket.connected) {
        socket.emit('slots.unwatch', { doctorId }, () => undefined);
      }
    };
  }, [socket, doctorId, queryClient]);
}
