import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { clinic, unwrap } from '../api/client';
import { useLive } from '../api/live';

/** A doctor's presence from the header: online or busy, set over the socket (`doctor.set_status`, acknowledged). */
export function PresenceToggle() {
  const { socket, connected } = useLive();
  const queryClient = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const me = useQuery({ queryKey: ['doctors', 'me'], queryFn: () => unwrap(clinic.GET('/api/v1/doctors/me')) });
  const status = me.data?.status === 'busy' ? 'busy' : 'online';

  const change = (next: 'online' | 'busy') => {
    setProblem(null);
    socket?.emit('doctor.set_status', { status: next }, (ack) => {
      if (ack.ok) {
        void queryClient.invalidateQueries({ queryKey: ['doctors'] });
      } else {
        setProblem(`Your status could not be changed (${ack.code}). Please try again.`);
      }
    });
  };

  return (
    <label className="presence-toggle">
      <span className="visually-hidden">Your status</span>
      <select
        value={status}
        disabled={!connected || !me.data}
        onChange={(event) => change(event.target.value === 'busy' ? 'busy' : 'online')}
        aria-describedby={problem ? 'presence-problem' : undefined}
      >
        <option value="online">Available</option>
        <option value="busy">Busy</option>
      </select>
      {problem && (
        <span id="presence-problem" role="alert">
          {problem}
        </span>
      )}
    </label>
  );
}
