/** One alternative of an operation's x-onedoor-access: any one role, all scopes, and a condition. */
export interface AccessRule {
  readonly roles: readonly string[];
  readonly scopes: readonly string[];
  readonly tenant: string | null;
  readonly province: string | null;
}

export interface OperationAccess {
  readonly method: string;
  readonly path: string;
  readonly rules: readonly AccessRule[];
}
