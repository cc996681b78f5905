import { NOTIFICATION_CHANNELS, selectOptions } from '../../../src/kit'

/** The kit's channels as select options, SMS spelled as people write it. */
export const CHANNEL_OPTIONS = selectOptions(NOTIFICATION_CHANNELS).map((option) => (option.value === 'sms' ? { ...option, label: 'SMS' } : option))
