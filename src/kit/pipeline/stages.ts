/** Ordering the registered handlers, with explicit replacement (pure). */
import { CALCULATION_STAGES, type StageRegistration } from './types'

/**
 * The handlers that run, in order: by stage, then `order`, then registration. A handler naming another in
 * `replaces` takes its place; a `replaces` naming no registered handler is a configuration error.
 */
export function resolveStages<Context>(registrations: ReadonlyArray<StageRegistration<Context>>): StageRegistration<Context>[] {
  const names = new Set(registrations.map((registration) => registration.name))
  const replaced = new Set<string>()
  for (const registration of registrations) {
    if (!registration.replaces) continue
    if (!names.has(registration.replaces)) {
      throw new Error(`Calculation stage "${registration.name}" replaces "${registration.replaces}", but no stage has that name`)
    }
    replaced.add(registration.replaces)
  }
  return registrations
    .map((registration, position) => ({ registration, position }))
    .filter(({ registration }) => !replaced.has(registration.name) || registration.replaces === registration.name)
    .sort(
      (a, b) =>
        CALCULATION_STAGES.indexOf(a.registration.stage) - CALCULATION_STAGES.indexOf(b.registration.stage) ||
        (a.registration.order ?? 0) - (b.registration.order ?? 0) ||
        a.position - b.position,
    )
    .map(({ registration }) => registration)
}

/** Refuses a second handler with a used name unless it says it replaces that one. */
export function checkNewStage<Context>(existing: ReadonlyArray<StageRegistration<Context>>, stage: StageRegistration<Context>): void {
  if (existing.some((registered) => registered.name === stage.name) && stage.replaces !== stage.name) {
    throw new Error(`A calculation stage named "${stage.name}" is already registered; set \`replaces: '${stage.name}'\` to replace it`)
  }
}
