import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMenuDismiss } from '@/lib/use-menu-dismiss';

interface UserMenuProps {
  name: string;
  /** Opens Keycloak's update-password page, which comes back here afterwards. */
  onChangePassword: () => void;
  onSignOut: () => void;
}

/** The person's name opening a small menu: change password (Keycloak's update-password action) and sign out. */
export function UserMenu({ name, onChangePassword, onSignOut }: UserMenuProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useMenuDismiss(open, setOpen, root, toggle);

  return (
    <div className="user-menu" ref={root}>
      <button
        ref={toggle}
        type="button"
        className="button user-menu__toggle"
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={t('header.userMenu', { name })}
        onClick={() => setOpen((o) => !o)}
        data-testid="user-menu"
      >
        {name}
      </button>
      {/* Rendered always (hidden when closed) so that sign-out is reachable by its test id at any time. */}
      <ul id={menuId} className="user-menu__items" hidden={!open}>
        <li>
          <button type="button" className="button button--link" onClick={onChangePassword} data-testid="change-password">
            {t('header.changePassword')}
          </button>
        </li>
        <li>
          <button type="button" className="button button--link" onClick={onSignOut} data-testid="sign-out">
            {t('header.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
