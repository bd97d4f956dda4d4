import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { clinic, unwrap } from '../api/client';
import type { Notification } from '../api/types';
import { Empty, ErrorMessage, Loading, Page, Pager } from '../components/ui';
import { Link } from '../lib/router';
import { formatDateTime } from '../lib/time';

/** How many of the user's notifications are unread (`GET /notifications?unread=true`, its `meta.total`), kept live. */
export function useUnreadCount(enabled: boolean): number | undefined {
  const unread = useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: () => unwrap(clinic.GET('/api/v1/notifications', { params: { query: { unread: true, limit: 1 } } })),
    enabled,
  });
  return unread.data?.meta.total;
}

/** The header's link to the inbox, with the live unread count (announced with the link's name). */
export function NotificationsLink() {
  const count = useUnreadCount(true);
  return (
    <Link to="/notifications" className="inbox-link">
      Notifications
      {count ? (
        <>
          <span className="count" aria-hidden="true">
            {count > 99 ? '99+' : count}
          </span>
          <span className="visually-hidden">, {count} unread</span>
        </>
      ) : null}
    </Link>
  );
}

function NotificationRow({ notification }: { notification: Notification }) {
  const queryClient = useQueryClient();
  const read = useMutation({
    mutationFn: () =>
      unwrap(clinic.PATCH('/api/v1/notifications/{id}/read', { params: { path: { id: notification.id } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  const unread = notification.readAt === null;
  return (
    <li className={`card row notification ${unread ? 'unread' : ''}`} data-notification-id={notification.id}>
      <div>
        <strong>{notification.title}</strong>
        {unread && <span className="badge unread-badge">New</span>}
        <p>{notification.body}</p>
        <p className="muted">{formatDateTime(notification.createdAt)}</p>
      </div>
      <div className="row-actions">
        {unread && (
          <button
            type="button"
            disabled={read.isPending}
            aria-label={`Mark as read: ${notification.title}`}
            onClick={() => read.mutate()}
          >
            Mark as read
          </button>
        )}
        <ErrorMessage error={read.error} />
      </div>
    </li>
  );
}

/** The inbox: the user's notifications, newest first, new ones arriving live; mark one or all as read. */
export function Notifications() {
  const queryClient = useQueryClient();
  const [page, setPage] = useState(1);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const list = useQuery({
    queryKey: ['notifications', 'list', page, unreadOnly],
    queryFn: () =>
      unwrap(
        clinic.GET('/api/v1/notifications', {
          params: { query: { page, limit: 20, ...(unreadOnly ? { unread: true } : {}) } },
        }),
      ),
    placeholderData: keepPreviousData,
  });
  const count = useUnreadCount(true);
  const readAll = useMutation({
    mutationFn: () => unwrap(clinic.POST('/api/v1/notifications/read-all')),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
  return (
    <Page
      title="Notifications"
      actions={
        <button type="button" disabled={!count || readAll.isPending} onClick={() => readAll.mutate()}>
          Mark all as read
        </button>
      }
    >
      <p className="muted" role="status">
        {count === undefined ? '' : count === 0 ? 'Everything is read.' : `${count} unread.`} New ones appear here as
        they arrive.
      </p>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={unreadOnly}
          onChange={(event) => {
            setUnreadOnly(event.target.checked);
            setPage(1);
          }}
        />
        Only unread
      </label>
      <ErrorMessage error={list.error ?? readAll.error} />
      {list.isPending ? (
        <Loading what="notifications" />
      ) : list.data?.data.length === 0 ? (
        <Empty>
          No notifications {unreadOnly ? 'unread' : 'yet'}. <Link to="/">Back to the start page</Link>
        </Empty>
      ) : (
        <ul className="rows" aria-label="Notifications" aria-busy={list.isFetching}>
          {list.data?.data.map((notification) => (
            <NotificationRow key={notification.id} notification={notification} />
          ))}
        </ul>
      )}
      {list.data && <Pager meta={list.data.meta} onPage={setPage} label="Notification pages" />}
    </Page>
  );
}
