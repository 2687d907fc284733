import type { Queryable } from '../db/database.js';

/** Moves a conversation to a department; false when no conversation has this ID. */
export const setConversationDepartment = async (db: Queryable, conversationId: number, department: number) =>
  (await db`UPDATE conversations SET department = ${department} WHERE id = ${conversationId}`).count > 0;

export interface AgentRecipient {
  id: number;
  email: string;
}

/**
 * The agents and admins with an email who belong to the department; every agent and admin with an
 * email when none does, so that the notification reaches someone.
 */
export const departmentRecipients = async (db: Queryable, department: number): Promise<AgentRecipient[]> => {
  const rows = await db<{ id: string; email: string; in_department: boolean }[]>`
    SELECT id, email, department IS NOT DISTINCT FROM ${department}::smallint AS in_department FROM users
    WHERE user_type IN ('agent', 'admin') AND email IS NOT NULL AND email <> ''
    ORDER BY id`;
  const members = rows.filter((row) => row.in_department);
  return (members.length ? members : rows).map((row) => ({ id: Number(row.id), email: row.email }));
};
