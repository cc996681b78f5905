import { LifetimeSalesTable as LifetimeSalesTable_baca0886887cdf66e6e55389c94ef551 } from '../../../../collections/sales/lifetime/components/lifetime-sales-table'
import { EffectivePriceLists as EffectivePriceLists_9382a897e9eec7b3a5f1eccc2f2ab8fe } from '../../../../plugins/pricing/components/effective-price-lists'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { MoneyCell as MoneyCell_ab86527e37efaed458436cbcae74d72b } from '../../../../src/kit/components/money-cell'
import { MoneyField as MoneyField_7e680b0b2e479de4a650d327f3d3c405 } from '../../../../src/kit/components/money-field'
import { CustomerPrice as CustomerPrice_98f3e27551f318de744a257fc72ebfae } from '../../../../plugins/pricing/components/customer-price'
import { OrderActions as OrderActions_1d669254605a3b693c2926d4294f36da } from '../../../../collections/sales/components/order-actions'
import { OrderLinesTable as OrderLinesTable_854a39bdd504b49fffc2c3b038352ff6 } from '../../../../collections/sales/components/order-lines-table'
import { OrderTimeline as OrderTimeline_c99fa1759921ce88095518aba0f1e44a } from '../../../../collections/sales/components/order-timeline'
import { OrderShipment as OrderShipment_9572427ec49e30c4f99bcc9329571e0b } from '../../../../collections/sales/components/order-shipment'
import { PaymentPanel as PaymentPanel_219aaebb64d72524ac7ab1416e8e1345 } from '../../../../plugins/payments/components/payment-panel'
import { PlaceOrder as PlaceOrder_71c00147c80c6d9ac7cf2d187f7f2c54 } from '../../../../collections/sales/commerce/checkout/components/place-order'
import { PriceListPrices as PriceListPrices_62163548289204f081649bdbd1dc531f } from '../../../../plugins/pricing/components/price-list-prices'
import { ExportDownload as ExportDownload_393f3b09059cc14b943429adedcc3f53 } from '../../../../plugins/pricing/components/export-download'
import { PromotionPreview as PromotionPreview_45c5ceb5d9fadbd0a8cbed47563a78d3 } from '../../../../plugins/marketing/components/promotion-preview'
import { GenerateCoupons as GenerateCoupons_046f76fd8e7db98e34be6205cd61decf } from '../../../../plugins/marketing/components/generate-coupons'
import { AnyCodeCell as AnyCodeCell_fba030dcd203e4f1cf669e50d88969a3 } from '../../../../plugins/taxes/components/tax-rule-cells'
import { RateCell as RateCell_fba030dcd203e4f1cf669e50d88969a3 } from '../../../../plugins/taxes/components/tax-rule-cells'
import { AdjustStock as AdjustStock_ecbb922e75b1abde64ea67b5b10f5cf6 } from '../../../../plugins/inventory/components/adjust-stock'
import { AccountSummary as AccountSummary_affa3a9eef8a369b3db3a99f53b8fa58 } from '../../../../plugins/crm/components/account-summary'
import { PipelineBoard as PipelineBoard_7562a46bd0ee96d929ecdd4f51abbfef } from '../../../../plugins/crm/components/pipeline-board'
import { ChangesField as ChangesField_d379befee58e95cf8a83ec33c6a07c52 } from '../../../../plugins/audit/components/changes-field'
import { LowStock as LowStock_dbf9c52a356e3f329f88a9cc485d2142 } from '../../../../plugins/inventory/components/low-stock'
import { MyTasks as MyTasks_810e6970f99edc3d358b1ce3d5562fb4 } from '../../../../plugins/tasks/components/my-tasks'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/collections/sales/lifetime/components/lifetime-sales-table#LifetimeSalesTable": LifetimeSalesTable_baca0886887cdf66e6e55389c94ef551,
  "/plugins/pricing/components/effective-price-lists#EffectivePriceLists": EffectivePriceLists_9382a897e9eec7b3a5f1eccc2f2ab8fe,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/kit/components/money-cell#MoneyCell": MoneyCell_ab86527e37efaed458436cbcae74d72b,
  "/src/kit/components/money-field#MoneyField": MoneyField_7e680b0b2e479de4a650d327f3d3c405,
  "/plugins/pricing/components/customer-price#CustomerPrice": CustomerPrice_98f3e27551f318de744a257fc72ebfae,
  "/collections/sales/components/order-actions#OrderActions": OrderActions_1d669254605a3b693c2926d4294f36da,
  "/collections/sales/components/order-lines-table#OrderLinesTable": OrderLinesTable_854a39bdd504b49fffc2c3b038352ff6,
  "/collections/sales/components/order-timeline#OrderTimeline": OrderTimeline_c99fa1759921ce88095518aba0f1e44a,
  "/collections/sales/components/order-shipment#OrderShipment": OrderShipment_9572427ec49e30c4f99bcc9329571e0b,
  "/plugins/payments/components/payment-panel#PaymentPanel": PaymentPanel_219aaebb64d72524ac7ab1416e8e1345,
  "/collections/sales/commerce/checkout/components/place-order#PlaceOrder": PlaceOrder_71c00147c80c6d9ac7cf2d187f7f2c54,
  "/plugins/pricing/components/price-list-prices#PriceListPrices": PriceListPrices_62163548289204f081649bdbd1dc531f,
  "/plugins/pricing/components/export-download#ExportDownload": ExportDownload_393f3b09059cc14b943429adedcc3f53,
  "/plugins/marketing/components/promotion-preview#PromotionPreview": PromotionPreview_45c5ceb5d9fadbd0a8cbed47563a78d3,
  "/plugins/marketing/components/generate-coupons#GenerateCoupons": GenerateCoupons_046f76fd8e7db98e34be6205cd61decf,
  "/plugins/taxes/components/tax-rule-cells#AnyCodeCell": AnyCodeCell_fba030dcd203e4f1cf669e50d88969a3,
  "/plugins/taxes/components/tax-rule-cells#RateCell": RateCell_fba030dcd203e4f1cf669e50d88969a3,
  "/plugins/inventory/components/adjust-stock#AdjustStock": AdjustStock_ecbb922e75b1abde64ea67b5b10f5cf6,
  "/plugins/crm/components/account-summary#AccountSummary": AccountSummary_affa3a9eef8a369b3db3a99f53b8fa58,
  "/plugins/crm/components/pipeline-board#PipelineBoard": PipelineBoard_7562a46bd0ee96d929ecdd4f51abbfef,
  "/plugins/audit/components/changes-field#ChangesField": ChangesField_d379befee58e95cf8a83ec33c6a07c52,
  "/plugins/inventory/components/low-stock#LowStock": LowStock_dbf9c52a356e3f329f88a9cc485d2142,
  "/plugins/tasks/components/my-tasks#MyTasks": MyTasks_810e6970f99edc3d358b1ce3d5562fb4,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
