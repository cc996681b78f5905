/** The issues' speed goals, each judged on figures of the same run and printed as PASS or MISS. */

export type Goal = { goal: string; measured: string; pass: boolean }

export const atLeast = (goal: string, value: number, minimum: number, unit = ''): Goal => ({
  goal,
  measured: `${value.toFixed(value < 10 ? 2 : 0)}${unit}`,
  pass: value >= minimum,
})

export const below = (goal: string, value: number, maximum: number, unit = ''): Goal => ({
  goal,
  measured: `${value.toFixed(value < 10 ? 2 : 0)}${unit}`,
  pass: value < maximum,
})

export function printGoals(goals: readonly Goal[]): void {
  if (!goals.length) return
  const rows = goals.map((goal) => [goal.pass ? 'PASS' : 'MISS', goal.goal, goal.measured])
  const header = ['', 'goal', 'measured']
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)))
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column])).join('  ')
  console.log(['', line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line), ''].join('\n'))
}
