/**
 * The admin's one way to move an order: POST /api/orders/:id/transition with the editor's session. Answers null when
 * it went through, else the server's words (the field named, e.g. "reason: Say why…").
 */
export type TransitionBody = { status?: string; lines?: Array<{ id: string; status: string }>; reason?: string; note?: string }

type Problem = { errors?: Array<{ message?: string; data?: { errors?: Array<{ path: string; message: string }> } }> }

export async function postTransition(apiURL: string, id: number | string, body: TransitionBody): Promise<string | null> {
  const response = await fetch(`${apiURL}/orders/${id}/transition`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (response.ok) return null
  const problem = (await response.json().catch(() => ({}))) as Problem
  const first = problem.errors?.[0]
  return first?.data?.errors?.map((error) => `${error.path}: ${error.message}`).join('; ') || first?.message || `Failed (${response.status})`
}
