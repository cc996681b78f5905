import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { anyone, staffOnly } from '../../src/kit/access'

/** Images and files. Uploaded images are resized by sharp into the sizes storefronts and the admin use. */
export const Media: CollectionConfig = {
  slug: 'media',
  admin: { group: 'Catalog' },
  access: { read: anyone, create: staffOnly, update: staffOnly, delete: staffOnly },
  upload: {
    // Kept beside the embedded database; production puts media on object storage via a Payload storage adapter.
    staticDir: path.resolve(process.cwd(), process.env.BUREAU_MEDIA_DIR ?? '.data/media'),
    mimeTypes: ['image/*', 'application/pdf'],
    imageSizes: [
      { name: 'thumbnail', width: 160, height: 160, position: 'centre' },
      { name: 'card', width: 480, height: 480, position: 'centre' },
      { name: 'large', width: 1600, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
    focalPoint: true,
  },
  fields: [{ name: 'alt', type: 'text', required: true }],
}
