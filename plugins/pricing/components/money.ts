'use client'
/**
 * Money for the pricing admin components (client code may not import the kit's server entry): a unit price (exact
 * decimal text, up to 4 places) shown in its currency with at least the currency's minor digits, formatted from the
 * decimal string itself (never a binary float). Currencies' minor digits are read once per page from REST.
 */
import { useEffect, useState } from 'react'

type ExactFormat = { format(exactDecimal: string): string }

/** ("1.0149", USD, 2, 'en') → "$1.0149"; ("6.9000", EUR, 2, 'de') → "6,90 €". */
export function showUnitPrice(value: string, currency: string, minorDigits: number, locale: string): string {
  try {
    const format = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: minorDigits, maximumFractionDigits: Math.max(4, minorDigits) })
    return (format as unknown as ExactFormat).format(value.trim())
  } catch {
    return `${value} ${currency}`
  }
}

let digitsOnce: Promise<Map<string, number>> | null = null

/** code → minor digits of every currency (2 until read, and for a code the currencies collection lacks). */
export function useMinorDigits(): (code: string) => number {
  const [digits, setDigits] = useState<Map<string, number>>(new Map())
  useEffect(() => {
    digitsOnce ??= fetch('/api/currencies?limit=200&depth=0', { credentials: 'include' })
      .then((response) => response.json() as Promise<{ docs?: Array<{ code: string; minorDigits?: number }> }>)
      .then((body) => new Map((body.docs ?? []).map((doc) => [doc.code, doc.minorDigits ?? 2])))
      .catch(() => new Map())
    void digitsOnce.then(setDigits)
  }, [])
  return (code) => digits.get(code) ?? 2
}

type Problem = { errors?: Array<{ message?: string; data?: { errors?: Array<{ path: string; message: string }> } }> }

/** The message of a failed Bureau answer: each field named, else the error's message, else the status. */
export async function problemOf(response: Response): Promise<string> {
  const problem = (await response.json().catch(() => ({}))) as Problem
  const first = problem.errors?.[0]
  return first?.data?.errors?.map((error) => `${error.path}: ${error.message}`).join('; ') || first?.message || `Failed (${response.status})`
}
