import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMenuDismiss } from '@/lib/use-menu-dismiss';
import type { Subscription } from '../api/types';

/**
 * The three-dot menu of a row: manage, manage users (the seats; only where the subscription may be managed: its
 * admin or a company admin, while it is active), activate.
 */
export function SubscriptionMenu({ subscription }: { subscription: Subscription }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const usersHintId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useMenuDismiss(open, setOpen, root, toggle);

  return (
    <div className="row-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="button row-menu__toggle"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-label={t('subscriptions.menu.label', { number: subscription.number })}
        onClick={() => setOpen((o) => !o)}
        data-testid="subscription-menu"
      >
        <span aria-hidden="true">⋮</span>
      </button>
      {open && (
        <ul id={menuId} role="menu" className="row-menu__items">
          <li role="none">
            <Link role="menuitem" to={`/subscriptions/${subscription.id}`} data-testid="subscription-manage">
              {t('subscriptions.menu.manage')}
            </Link>
          </li>
          {subscription.actions.manage ? (
            <li role="none">
              <Link role="menuitem" to={`/subscriptions/${subscription.id}/users`} data-testid="subscription-users">
                {t('subscriptions.menu.users')}
              </Link>
            </li>
          ) : (
            <li role="none" title={t('subscriptions.menu.usersNotAllowed')}>
              <button
                type="button"
                role="menuitem"
                className="button button--link"
                disabled
                aria-describedby={usersHintId}
                data-testid="subscription-users"
              >
                {t('subscriptions.menu.users')}
              </button>
              <span id={usersHintId} className="visually-hidden">
                {t('subscriptions.menu.usersNotAllowed')}
              </span>
            </li>
          )}
          {subscription.actions.activate && (
            <li role="none">
              <Link role="menuitem" to={`/subscriptions/${subscription.id}/activate`} data-testid="subscription-activate-link">
                {t('subscriptions.menu.activate')}
              </Link>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
