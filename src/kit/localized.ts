/**
 * A localized text every document must have in the default locale (a product's name, a category's title), while
 * other locales may stay empty because reads fall back to the default locale.
 *
 * Payload's own `required` on a localized field demands a value in every locale a document is saved in (a German
 * price change would need a German name first) and makes the locales table's column NOT NULL. Such fields are
 * therefore declared without `required` and validated here: required in the default locale and on create; an
 * update in another locale may leave the field empty when the default locale has a value.
 */
import type { CollectionSlug, PayloadRequest, TextField, TypedLocale } from 'payload'

/**
 * Runs `read` (a local-API call given `req` and a `locale`) and then restores the request's own locale: Payload
 * sets the locale it is given on the request it is passed, and the rest of the operation (which locale a save
 * writes) must not change because a hook read another locale on the way.
 */
export async function keepingRequestLocale<T>(req: PayloadRequest, read: () => Promise<T>): Promise<T> {
  const { locale, fallbackLocale } = req
  try {
    return await read()
  } finally {
    req.locale = locale
    req.fallbackLocale = fallbackLocale
  }
}

type TextValidate = NonNullable<Extract<TextField, { hasMany?: false }>['validate']>

export const requiredInDefaultLocale =
  (name: string): TextValidate =>
  async (value, { req, id, collectionSlug, operation }) => {
    if (typeof value === 'string' && value.trim() !== '') return true
    const required = req.t('validation:required')
    const localization = req.payload.config.localization
    const locale = req.locale
    if (!localization || !locale || locale === 'all' || locale === localization.defaultLocale) return required
    if (operation === 'create' || id === undefined || !collectionSlug) return required
    const doc = await keepingRequestLocale(req, () =>
      req.payload.findByID({
        collection: collectionSlug as CollectionSlug,
        id,
        locale: localization.defaultLocale as TypedLocale,
        fallbackLocale: false,
        depth: 0,
        overrideAccess: true,
        disableErrors: true,
        req,
      }),
    )
    const fallback = (doc as Record<string, unknown> | null)?.[name]
    return typeof fallback === 'string' && fallback.trim() !== '' ? true : required
  }

/** Admin hint for such fields. */
export const DEFAULT_LOCALE_REQUIRED = 'Required in English; other languages show the English text until translated'
