// What a provider said of a secret (`scan --verify`, issue 16): the shape every report carries; the verifiers are in src/verify/.

export type VerificationStatus = 'active' | 'inactive' | 'unknown' | 'error' | 'unsupported';

export interface Verification {
  status: VerificationStatus;
  /** ISO 8601 time of the request (or of the decision not to make one). */
  checkedAt: string;
  /** Who the credential acts as: a login, an account id, an ARN. Never a personal e-mail address. */
  identity?: string;
  scopes?: string[];
  /** ISO 8601 expiry the provider reports. */
  expiresAt?: string;
  /** One line on why it is unknown, an error or unsupported; never holds the secret. */
  reason?: string;
}

