/**
 * API key secrets: random, shown once, stored only as a SHA-256 hash. A fast hash is enough here
 * because the secret has 256 bits of entropy (no dictionary to try), unlike a password.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** Every secret starts with this, so a leaked one is recognisable in logs and secret scanners. */
export const SECRET_PREFIX = 'loket_';

/** A new secret: the prefix and 32 random bytes in base64url (43 characters). */
export function generateSecret(): string {
  return SECRET_PREFIX + randomBytes(32).toString('base64url');
}

/** The hex SHA-256 of a secret: what the store keeps and looks keys up by. */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** A short public key id such as "k_3f9a1c2b7d4e". */
export function newKeyId(): string {
  return 'k_' + randomBytes(6).toString('hex');
}

/** A referral id: a random UUID, so ids cannot be guessed or counted. */
export function newReferralId(): string {
  return randomUUID();
}

/** Whether a string could be a secret at all; anything else is rejected before hashing. */
export function looksLikeSecret(value: string): boolean {
  return /^loket_[A-Za-z0-9_-]{43}$/.test(value);
}
