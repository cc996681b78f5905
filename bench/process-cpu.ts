/** CPU time of the machine's processes, read from /proc: the bench's profilers judge a change by where it moves CPU. */
import fs from 'node:fs'

/** CPU seconds (user + system) per process name; PostgreSQL's backends summed as one, Next's server as `app`. */
export function cpuByProcess(): Map<string, number> {
  const seconds = new Map<string, number>()
  const ticks = 100 // USER_HZ on Linux
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue
    let stat: string
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8')
    } catch {
      continue // gone since the listing
    }
    const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'))
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const key = name.startsWith('postgres') ? 'postgres' : name.startsWith('next-server') ? 'app' : name
    seconds.set(key, (seconds.get(key) ?? 0) + (Number(fields[11]) + Number(fields[12])) / ticks)
  }
  return seconds
}
