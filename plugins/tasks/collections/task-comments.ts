import type { Access, CollectionBeforeChangeHook, CollectionConfig, Where } from 'payload'

import { isAdministrator, isStaff, serverComputed, staffAccess, staffOnly, STAFF_COLLECTION } from '../../../src/kit'

export const TASK_COMMENTS_SLUG = 'task-comments'

/** A filter on tasks, moved onto the comment's `task` relationship (`owner` → `task.owner`). */
function onTask(where: Where): Where {
  return Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or' ? [key, (value as Where[]).map(onTask)] : [`task.${key}`, value],
    ),
  ) as Where
}

/** Whoever may read the task reads its comments: the task's access level, applied through the relationship. */
const readWithTask: Access = async ({ req }) => {
  if (!isStaff(req)) return false
  const level = await staffAccess(req, 'tasks', 'read')
  return typeof level === 'boolean' ? level : onTask(level)
}

/** A comment is its author's to edit or delete (and an administrator's). */
const authorOnly: Access = async ({ req }) => {
  if (!isStaff(req) || !req.user) return false
  if (await isAdministrator(req)) return true
  return { author: { equals: req.user.id } }
}

const stampAuthor: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create' && isStaff(req) && req.user) data.author = req.user.id
  return data
}

/**
 * Comments on a task, shown in the task's Comments tab (a join), newest last. Commenting needs only to read the task
 * (a link to a task the user may not read is refused by the secured-reference guard), so watchers and team members
 * with read access can discuss it without the right to edit it.
 */
export const TaskComments: CollectionConfig = {
  slug: TASK_COMMENTS_SLUG,
  labels: { singular: 'Task comment', plural: 'Task comments' },
  admin: { group: 'Tasks', useAsTitle: 'body', defaultColumns: ['body', 'author', 'createdAt'] },
  defaultSort: 'createdAt',
  access: { read: readWithTask, create: staffOnly, update: authorOnly, delete: authorOnly },
  fields: [
    { name: 'task', type: 'relationship', relationTo: 'tasks', required: true, index: true },
    { name: 'body', type: 'textarea', required: true, maxLength: 5000 },
    serverComputed({ name: 'author', type: 'relationship', relationTo: STAFF_COLLECTION, index: true }),
  ],
  hooks: { beforeChange: [stampAuthor] },
}
