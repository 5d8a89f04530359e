// Accounts for tests that write as someone: an id is made here, the node by cypher/test/add-user.
import { randomBytes } from 'node:crypto';
import { statement } from '../../server/cypher';
import type { Db } from '../../server/db';

export async function addTestUser(db: Db, email: string, role = 'editor', disabled = false): Promise<string> {
  const [row] = await db.write(statement('test/add-user', { id: `u_${randomBytes(8).toString('hex')}`, email, role, disabled }));
  return String(row?.id);
}
