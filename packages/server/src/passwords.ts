import bcrypt from 'bcryptjs';

/**
 * A bcrypt hash (cost 10) with the `$2y$` prefix PHP's `password_hash` writes: the same algorithm as
 * `$2b$`, so hashes move between this server and the original either way.
 */
export const hashPassword = async (password: string) =>
  (await bcrypt.hash(password, 10)).replace(/^\$2[abxy]\$/, '$2y$');
