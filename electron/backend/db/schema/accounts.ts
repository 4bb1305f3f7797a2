export interface AccountsTable {
  id: string;
  username: string;
  username_key: string;
  display_name: string;
  password_hash: string;
  password_salt: string;
  /** JSON: { N, r, p, keylen }. */
  password_params: string;
  staff_id: number | null;
  active: number;
  must_change_password: number;
  password_changed_at: string;
  created_at: string;
  updated_at: string;
}

export interface AccountRolesTable {
  account_id: string;
  role: string;
}

export interface SignInThrottleTable {
  username_key: string;
  failed_count: number;
  locked_until: string | null;
  last_failed_at: string;
}

export interface AuthSettingsTable {
  id: number;
  lock_after_minutes: number;
}

/** Sign-in accounts, their roles, the throttle and the lock setting. */
export interface AccountsTables {
  accounts: AccountsTable;
  account_roles: AccountRolesTable;
  sign_in_throttle: SignInThrottleTable;
  auth_settings: AuthSettingsTable;
}
