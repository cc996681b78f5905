import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_customers_price_list_fallback" AS ENUM('customerGroup', 'currentCustomerOnly');
  CREATE TYPE "public"."enum_customer_groups_price_list_fallback" AS ENUM('website', 'currentGroupOnly');
  CREATE TYPE "public"."enum_orders_lines_return_disposition" AS ENUM('restock', 'damaged', 'broken');
  CREATE TYPE "public"."enum_orders_payment_method" AS ENUM('paymentTerm', 'offline');
  CREATE TYPE "public"."enum_websites_price_list_fallback" AS ENUM('config', 'currentWebsiteOnly');
  CREATE TYPE "public"."enum_websites_marketing_strategy" AS ENUM('applyAll', 'mostProfitable', 'bestForCustomer');
  CREATE TYPE "public"."enum_websites_marketing_line_discounts" AS ENUM('beforeOrder', 'afterOrder', 'byPriority');
  CREATE TYPE "public"."enum_websites_tax_settings_prices_include_tax" AS ENUM('included', 'excluded');
  CREATE TYPE "public"."enum_websites_tax_settings_address_basis" AS ENUM('shipping', 'billing', 'origin');
  CREATE TYPE "public"."enum_websites_tax_settings_start_calculation_with" AS ENUM('unitPrice', 'rowTotal', 'total');
  CREATE TYPE "public"."enum_websites_tax_settings_rounding" AS ENUM('item', 'total');
  CREATE TYPE "public"."enum_websites_tax_settings_tax_base" AS ENUM('discounted', 'undiscounted');
  CREATE TYPE "public"."enum_price_lists_rule_source" AS ENUM('basePrice', 'costPrice', 'priceList');
  CREATE TYPE "public"."enum_combined_price_lists_status" AS ENUM('ready', 'rebuilding');
  CREATE TYPE "public"."enum_promotions_blocks_line_fixed_per" AS ENUM('item', 'line');
  CREATE TYPE "public"."enum_promotions_blocks_buy_x_get_y_reward" AS ENUM('cheapest', 'mostExpensive');
  CREATE TYPE "public"."enum_tax_codes_kind" AS ENUM('product', 'customer');
  CREATE TYPE "public"."enum_stock_movements_kind" AS ENUM('receipt', 'reservation', 'release', 'shipment', 'return', 'return-damaged', 'return-broken', 'adjustment', 'transfer-out', 'transfer-in');
  CREATE TYPE "public"."enum_stock_transfers_status" AS ENUM('requested', 'shipped', 'received', 'cancelled');
  CREATE TYPE "public"."enum_leads_source" AS ENUM('website', 'referral', 'trade-show', 'phone', 'email', 'campaign', 'other');
  CREATE TYPE "public"."enum_leads_status" AS ENUM('new', 'contacted', 'qualified', 'converted', 'disqualified');
  CREATE TYPE "public"."enum_opportunities_status" AS ENUM('open', 'won', 'lost');
  CREATE TYPE "public"."enum_activities_type" AS ENUM('call', 'meeting', 'email', 'note');
  CREATE TYPE "public"."enum_tasks_history_from" AS ENUM('open', 'inProgress', 'waiting', 'done', 'cancelled', 'reopened');
  CREATE TYPE "public"."enum_tasks_history_to" AS ENUM('open', 'inProgress', 'waiting', 'done', 'cancelled', 'reopened');
  CREATE TYPE "public"."enum_tasks_type" AS ENUM('todo', 'call', 'email', 'meeting', 'followUp');
  CREATE TYPE "public"."enum_tasks_priority" AS ENUM('low', 'normal', 'high', 'urgent');
  CREATE TYPE "public"."enum_tasks_status" AS ENUM('open', 'inProgress', 'waiting', 'done', 'cancelled', 'reopened');
  CREATE TYPE "public"."enum_pricing_settings_strategy" AS ENUM('mergeByPriority', 'minimalPrices');
  CREATE TYPE "public"."enum__pricing_settings_v_version_strategy" AS ENUM('mergeByPriority', 'minimalPrices');
  CREATE TYPE "public"."enum_marketing_settings_strategy" AS ENUM('applyAll', 'mostProfitable', 'bestForCustomer');
  CREATE TYPE "public"."enum_marketing_settings_line_discounts" AS ENUM('beforeOrder', 'afterOrder', 'byPriority');
  CREATE TYPE "public"."enum_tax_settings_address_basis" AS ENUM('shipping', 'billing', 'origin');
  CREATE TYPE "public"."enum_tax_settings_start_calculation_with" AS ENUM('unitPrice', 'rowTotal', 'total');
  CREATE TYPE "public"."enum_tax_settings_rounding" AS ENUM('item', 'total');
  CREATE TYPE "public"."enum_tax_settings_tax_base" AS ENUM('discounted', 'undiscounted');
  CREATE TYPE "public"."enum__tax_settings_v_version_address_basis" AS ENUM('shipping', 'billing', 'origin');
  CREATE TYPE "public"."enum__tax_settings_v_version_start_calculation_with" AS ENUM('unitPrice', 'rowTotal', 'total');
  CREATE TYPE "public"."enum__tax_settings_v_version_rounding" AS ENUM('item', 'total');
  CREATE TYPE "public"."enum__tax_settings_v_version_tax_base" AS ENUM('discounted', 'undiscounted');
  CREATE TYPE "public"."enum_inventory_settings_allocation" AS ENUM('prioritySplit', 'shipComplete');
  CREATE TYPE "public"."enum__inventory_settings_v_version_allocation" AS ENUM('prioritySplit', 'shipComplete');
  CREATE TYPE "public"."enum_tasks_settings_transitions_from" AS ENUM('open', 'inProgress', 'waiting', 'done', 'cancelled', 'reopened');
  CREATE TYPE "public"."enum_tasks_settings_transitions_to" AS ENUM('open', 'inProgress', 'waiting', 'done', 'cancelled', 'reopened');
  CREATE TYPE "public"."enum_tasks_settings_alert_rules_statuses" AS ENUM('open', 'inProgress', 'waiting', 'done', 'cancelled', 'reopened');
  CREATE TYPE "public"."enum_tasks_settings_alert_rules_channels" AS ENUM('email', 'sms');
  CREATE TYPE "public"."enum_tasks_settings_alert_rules_recipients" AS ENUM('assignee', 'creator', 'watchers');
  CREATE TYPE "public"."enum_tasks_settings_alert_rules_trigger" AS ENUM('statusChanged', 'assigned', 'dueSoon', 'overdue');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-pricing-rebuild-prices' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-pricing-refresh-chains' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-pricing-regenerate-dependent-rules' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-pricing-regenerate-rule' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-pricing-regenerate-for-products' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-inventory-alert-managers' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-inventory-create-task' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-inventory-replenish' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-tasks-alert-status-changed' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'event-tasks-alert-assigned' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-pricing-rebuild-prices' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-pricing-refresh-chains' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-pricing-regenerate-dependent-rules' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-pricing-regenerate-rule' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-pricing-regenerate-for-products' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-inventory-alert-managers' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-inventory-create-task' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-inventory-replenish' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-tasks-alert-status-changed' BEFORE 'event-order-alerts-email-staff';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'event-tasks-alert-assigned' BEFORE 'event-order-alerts-email-staff';
  CREATE TABLE "orders_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "price_lists_schedule" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"active_at" timestamp(3) with time zone,
  	"deactivate_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "price_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"rule_enabled" boolean DEFAULT false,
  	"rule_source" "enum_price_lists_rule_source" DEFAULT 'basePrice',
  	"rule_source_list_id" integer,
  	"rule_multiply" varchar DEFAULT '1',
  	"rule_add" varchar DEFAULT '0',
  	"rule_precision" numeric DEFAULT 2,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "price_lists_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "price_lists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"currencies_id" integer,
  	"categories_id" integer,
  	"brands_id" integer,
  	"attribute_families_id" integer
  );
  
  CREATE TABLE "product_prices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"price_list_id" integer NOT NULL,
  	"product_id" integer NOT NULL,
  	"variant_id" integer,
  	"unit" varchar DEFAULT 'item' NOT NULL,
  	"min_quantity" numeric DEFAULT 1 NOT NULL,
  	"currency" varchar NOT NULL,
  	"value" varchar NOT NULL,
  	"generated" boolean DEFAULT false,
  	"slot" varchar,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "price_list_assignments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"price_list_id" integer NOT NULL,
  	"website_id" integer NOT NULL,
  	"customer_group_id" integer,
  	"customer_id" integer,
  	"sort_order" numeric DEFAULT 0 NOT NULL,
  	"merge_allowed" boolean DEFAULT true,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "combined_price_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"chain_key" varchar NOT NULL,
  	"chain" jsonb NOT NULL,
  	"status" "enum_combined_price_lists_status" DEFAULT 'ready' NOT NULL,
  	"price_count" numeric DEFAULT 0,
  	"built_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "combined_prices" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"combined_list_id" integer NOT NULL,
  	"product_id" integer NOT NULL,
  	"variant_id" integer,
  	"unit" varchar NOT NULL,
  	"min_quantity" numeric NOT NULL,
  	"currency" varchar NOT NULL,
  	"value" varchar NOT NULL,
  	"price_list_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "combined_price_list_links" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope" varchar NOT NULL,
  	"combined_list_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "promotions_blocks_subtotal_at_least" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_quantity_at_least" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quantity" numeric NOT NULL,
  	"skus" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_product_segment" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"skus" varchar,
  	"attribute_values" varchar,
  	"min_quantity" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_audience" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_website" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_currency" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"currencies" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_first_order" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_shipping_country" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"countries" varchar,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_stock_above" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"quantity" numeric NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_order_percent" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"percent" varchar NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_order_fixed" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_line_percent" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"percent" varchar NOT NULL,
  	"max_quantity" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_line_fixed" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric NOT NULL,
  	"per" "enum_promotions_blocks_line_fixed_per" DEFAULT 'item',
  	"max_quantity" numeric,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_buy_x_get_y" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"buy" numeric NOT NULL,
  	"get" numeric NOT NULL,
  	"percent" varchar DEFAULT '100' NOT NULL,
  	"repeat" boolean DEFAULT true,
  	"reward" "enum_promotions_blocks_buy_x_get_y_reward" DEFAULT 'cheapest',
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_fixed_price" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"price" varchar NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_free_shipping" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_shipping_percent" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"percent" varchar NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions_blocks_shipping_fixed" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"_path" text NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"amount" numeric NOT NULL,
  	"block_name" varchar
  );
  
  CREATE TABLE "promotions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"coupon_required" boolean DEFAULT false,
  	"stop_further_processing" boolean DEFAULT false,
  	"exclusive" boolean DEFAULT false,
  	"starts_at" timestamp(3) with time zone,
  	"ends_at" timestamp(3) with time zone,
  	"priority" numeric DEFAULT 0,
  	"usage_limit" numeric,
  	"usage_limit_per_customer" numeric,
  	"used" numeric DEFAULT 0,
  	"compiled" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "promotions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"websites_id" integer,
  	"customer_groups_id" integer,
  	"customers_id" integer,
  	"categories_id" integer,
  	"brands_id" integer,
  	"attribute_families_id" integer
  );
  
  CREATE TABLE "coupons" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"promotion_id" integer NOT NULL,
  	"active" boolean DEFAULT true,
  	"valid_from" timestamp(3) with time zone,
  	"valid_until" timestamp(3) with time zone,
  	"usage_limit" numeric DEFAULT 1,
  	"usage_limit_per_customer" numeric,
  	"used" numeric DEFAULT 0,
  	"batch" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "promotion_usages" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"used" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tax_codes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"kind" "enum_tax_codes_kind" DEFAULT 'product' NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tax_jurisdictions_zip_codes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"zip" varchar NOT NULL
  );
  
  CREATE TABLE "tax_jurisdictions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar,
  	"country" varchar NOT NULL,
  	"region" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tax_rules" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"jurisdiction_id" integer NOT NULL,
  	"product_tax_code_id" integer,
  	"customer_tax_code_id" integer,
  	"rate" varchar NOT NULL,
  	"description" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "warehouses" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar NOT NULL,
  	"name" varchar NOT NULL,
  	"active" boolean DEFAULT true,
  	"priority" numeric DEFAULT 10,
  	"address_street" varchar,
  	"address_postal_code" varchar,
  	"address_city" varchar,
  	"address_region" varchar,
  	"address_country" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "warehouses_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"websites_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "inventory_levels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer NOT NULL,
  	"variant_id" integer,
  	"warehouse_id" integer NOT NULL,
  	"on_hand" numeric DEFAULT 0,
  	"reserved" numeric DEFAULT 0,
  	"available" numeric DEFAULT 0,
  	"low_stock" boolean DEFAULT false,
  	"low_stock_threshold" numeric DEFAULT 0,
  	"reorder_point" numeric DEFAULT 0,
  	"reorder_quantity" numeric DEFAULT 0,
  	"backorder_limit" numeric DEFAULT 0,
  	"tracked" boolean DEFAULT true,
  	"replenish" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stock_movements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"level_id" integer NOT NULL,
  	"product_id" integer,
  	"warehouse_id" integer,
  	"kind" "enum_stock_movements_kind" NOT NULL,
  	"quantity" numeric NOT NULL,
  	"on_hand_delta" numeric NOT NULL,
  	"reserved_delta" numeric NOT NULL,
  	"reason" varchar,
  	"order_id" integer,
  	"order_line" varchar,
  	"transfer_id" integer,
  	"user_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "stock_transfers" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"product_id" integer NOT NULL,
  	"variant_id" integer,
  	"from_warehouse_id" integer,
  	"to_warehouse_id" integer NOT NULL,
  	"quantity" numeric NOT NULL,
  	"status" "enum_stock_transfers_status" DEFAULT 'requested',
  	"automatic" boolean DEFAULT false,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "accounts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"industry" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"description" varchar,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "contacts_emails" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"email" varchar NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "contacts_phones" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phone" varchar NOT NULL,
  	"label" varchar
  );
  
  CREATE TABLE "contacts_addresses" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"label" varchar,
  	"street" varchar,
  	"postal_code" varchar,
  	"city" varchar,
  	"region" varchar,
  	"country" varchar
  );
  
  CREATE TABLE "contacts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"first_name" varchar,
  	"last_name" varchar NOT NULL,
  	"position" varchar,
  	"account_id" integer,
  	"customer_user_id" integer,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "leads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"source" "enum_leads_source" DEFAULT 'other' NOT NULL,
  	"status" "enum_leads_status" DEFAULT 'new' NOT NULL,
  	"disqualified_reason" varchar,
  	"company_name" varchar,
  	"first_name" varchar,
  	"last_name" varchar,
  	"position" varchar,
  	"email" varchar,
  	"phone" varchar,
  	"estimated_value" numeric,
  	"currency_id" integer,
  	"notes" varchar,
  	"converted_at" timestamp(3) with time zone,
  	"account_id" integer,
  	"contact_id" integer,
  	"opportunity_id" integer,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "opportunities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"account_id" integer NOT NULL,
  	"contact_id" integer,
  	"stage" varchar NOT NULL,
  	"probability" numeric,
  	"amount" numeric NOT NULL,
  	"currency_id" integer NOT NULL,
  	"expected_close_date" timestamp(3) with time zone,
  	"status" "enum_opportunities_status" DEFAULT 'open' NOT NULL,
  	"close_reason" varchar,
  	"closed_at" timestamp(3) with time zone,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"type" "enum_activities_type" NOT NULL,
  	"occurred_at" timestamp(3) with time zone NOT NULL,
  	"subject" varchar NOT NULL,
  	"body" varchar,
  	"account_id" integer,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "activities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"accounts_id" integer,
  	"contacts_id" integer,
  	"leads_id" integer,
  	"opportunities_id" integer,
  	"customers_id" integer
  );
  
  CREATE TABLE "tasks_history" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"at" timestamp(3) with time zone,
  	"by_id" integer,
  	"from" "enum_tasks_history_from",
  	"to" "enum_tasks_history_to",
  	"reason" varchar
  );
  
  CREATE TABLE "tasks" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"description" varchar,
  	"type" "enum_tasks_type" DEFAULT 'todo',
  	"priority" "enum_tasks_priority" DEFAULT 'normal' NOT NULL,
  	"due_at" timestamp(3) with time zone,
  	"status" "enum_tasks_status" DEFAULT 'open' NOT NULL,
  	"assignee_id" integer,
  	"team_id" integer,
  	"creator_id" integer,
  	"due_soon_alerted_at" timestamp(3) with time zone,
  	"overdue_alerted_at" timestamp(3) with time zone,
  	"owner_id" integer,
  	"business_unit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tasks_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"customers_id" integer,
  	"orders_id" integer,
  	"products_id" integer,
  	"accounts_id" integer,
  	"contacts_id" integer,
  	"leads_id" integer,
  	"opportunities_id" integer,
  	"warehouses_id" integer,
  	"inventory_levels_id" integer
  );
  
  CREATE TABLE "task_comments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"task_id" integer NOT NULL,
  	"body" varchar NOT NULL,
  	"author_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "pricing_settings_default_lists" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"price_list_id" integer NOT NULL,
  	"merge_allowed" boolean DEFAULT true
  );
  
  CREATE TABLE "pricing_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"strategy" "enum_pricing_settings_strategy" DEFAULT 'mergeByPriority' NOT NULL,
  	"visitors_group_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_pricing_settings_v_version_default_lists" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"price_list_id" integer NOT NULL,
  	"merge_allowed" boolean DEFAULT true,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_pricing_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_strategy" "enum__pricing_settings_v_version_strategy" DEFAULT 'mergeByPriority' NOT NULL,
  	"version_visitors_group_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "marketing_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"strategy" "enum_marketing_settings_strategy" DEFAULT 'applyAll' NOT NULL,
  	"line_discounts" "enum_marketing_settings_line_discounts" DEFAULT 'beforeOrder' NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "tax_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"prices_include_tax" boolean DEFAULT false,
  	"address_basis" "enum_tax_settings_address_basis" DEFAULT 'shipping' NOT NULL,
  	"origin_country" varchar,
  	"origin_region" varchar,
  	"origin_postal_code" varchar,
  	"start_calculation_with" "enum_tax_settings_start_calculation_with" DEFAULT 'rowTotal' NOT NULL,
  	"rounding" "enum_tax_settings_rounding" DEFAULT 'total' NOT NULL,
  	"tax_base" "enum_tax_settings_tax_base" DEFAULT 'discounted' NOT NULL,
  	"shipping_tax_code_id" integer,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_tax_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_prices_include_tax" boolean DEFAULT false,
  	"version_address_basis" "enum__tax_settings_v_version_address_basis" DEFAULT 'shipping' NOT NULL,
  	"version_origin_country" varchar,
  	"version_origin_region" varchar,
  	"version_origin_postal_code" varchar,
  	"version_start_calculation_with" "enum__tax_settings_v_version_start_calculation_with" DEFAULT 'rowTotal' NOT NULL,
  	"version_rounding" "enum__tax_settings_v_version_rounding" DEFAULT 'total' NOT NULL,
  	"version_tax_base" "enum__tax_settings_v_version_tax_base" DEFAULT 'discounted' NOT NULL,
  	"version_shipping_tax_code_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "inventory_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"allocation" "enum_inventory_settings_allocation" DEFAULT 'prioritySplit',
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_inventory_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_allocation" "enum__inventory_settings_v_version_allocation" DEFAULT 'prioritySplit',
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "crm_settings_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"probability" numeric NOT NULL
  );
  
  CREATE TABLE "crm_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "_crm_settings_v_version_stages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"probability" numeric NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_crm_settings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "tasks_settings_transitions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"from" "enum_tasks_settings_transitions_from" NOT NULL,
  	"to" "enum_tasks_settings_transitions_to" NOT NULL,
  	"reason_required" boolean DEFAULT false
  );
  
  CREATE TABLE "tasks_settings_alert_rules_statuses" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_tasks_settings_alert_rules_statuses",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "tasks_settings_alert_rules_channels" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_tasks_settings_alert_rules_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "tasks_settings_alert_rules_recipients" (
  	"order" integer NOT NULL,
  	"parent_id" varchar NOT NULL,
  	"value" "enum_tasks_settings_alert_rules_recipients",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "tasks_settings_alert_rules" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"trigger" "enum_tasks_settings_alert_rules_trigger" NOT NULL
  );
  
  CREATE TABLE "tasks_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alerts_enabled" boolean DEFAULT true,
  	"due_soon_hours" numeric DEFAULT 24,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "customers" ADD COLUMN "price_list_fallback" "enum_customers_price_list_fallback" DEFAULT 'customerGroup';
  ALTER TABLE "customers" ADD COLUMN "tax_code_id" integer;
  ALTER TABLE "customers" ADD COLUMN "tax_exempt" boolean DEFAULT false;
  ALTER TABLE "customers" ADD COLUMN "account_id" integer;
  ALTER TABLE "customer_groups" ADD COLUMN "price_list_fallback" "enum_customer_groups_price_list_fallback" DEFAULT 'website';
  ALTER TABLE "customer_groups" ADD COLUMN "tax_code_id" integer;
  ALTER TABLE "products" ADD COLUMN "tax_code_id" integer;
  ALTER TABLE "orders_lines" ADD COLUMN "return_disposition" "enum_orders_lines_return_disposition" DEFAULT 'restock';
  ALTER TABLE "orders" ADD COLUMN "marketing_claims" jsonb;
  ALTER TABLE "orders" ADD COLUMN "checkout_key" varchar;
  ALTER TABLE "orders" ADD COLUMN "payment_method" "enum_orders_payment_method" DEFAULT 'paymentTerm';
  ALTER TABLE "orders" ADD COLUMN "account_id" integer;
  ALTER TABLE "websites" ADD COLUMN "price_list_fallback" "enum_websites_price_list_fallback" DEFAULT 'config';
  ALTER TABLE "websites" ADD COLUMN "marketing_strategy" "enum_websites_marketing_strategy";
  ALTER TABLE "websites" ADD COLUMN "marketing_line_discounts" "enum_websites_marketing_line_discounts";
  ALTER TABLE "websites" ADD COLUMN "tax_settings_prices_include_tax" "enum_websites_tax_settings_prices_include_tax";
  ALTER TABLE "websites" ADD COLUMN "tax_settings_address_basis" "enum_websites_tax_settings_address_basis";
  ALTER TABLE "websites" ADD COLUMN "tax_settings_origin_country" varchar;
  ALTER TABLE "websites" ADD COLUMN "tax_settings_origin_region" varchar;
  ALTER TABLE "websites" ADD COLUMN "tax_settings_origin_postal_code" varchar;
  ALTER TABLE "websites" ADD COLUMN "tax_settings_start_calculation_with" "enum_websites_tax_settings_start_calculation_with";
  ALTER TABLE "websites" ADD COLUMN "tax_settings_rounding" "enum_websites_tax_settings_rounding";
  ALTER TABLE "websites" ADD COLUMN "tax_settings_tax_base" "enum_websites_tax_settings_tax_base";
  ALTER TABLE "websites" ADD COLUMN "tax_settings_shipping_tax_code_id" integer;
  ALTER TABLE "websites" ADD COLUMN "show_stock_quantities" boolean DEFAULT false;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "price_lists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "product_prices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "price_list_assignments_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "combined_price_lists_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "combined_prices_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "combined_price_list_links_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "promotions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "coupons_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "promotion_usages_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tax_codes_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tax_jurisdictions_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tax_rules_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "warehouses_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "inventory_levels_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_movements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "stock_transfers_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "accounts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "contacts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "leads_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "opportunities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "activities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tasks_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "task_comments_id" integer;
  ALTER TABLE "orders_texts" ADD CONSTRAINT "orders_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "price_lists_schedule" ADD CONSTRAINT "price_lists_schedule_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_rule_source_list_id_price_lists_id_fk" FOREIGN KEY ("rule_source_list_id") REFERENCES "public"."price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_lists" ADD CONSTRAINT "price_lists_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_lists_texts" ADD CONSTRAINT "price_lists_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "price_lists_rels" ADD CONSTRAINT "price_lists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "price_lists_rels" ADD CONSTRAINT "price_lists_rels_currencies_fk" FOREIGN KEY ("currencies_id") REFERENCES "public"."currencies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "price_lists_rels" ADD CONSTRAINT "price_lists_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "price_lists_rels" ADD CONSTRAINT "price_lists_rels_brands_fk" FOREIGN KEY ("brands_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "price_lists_rels" ADD CONSTRAINT "price_lists_rels_attribute_families_fk" FOREIGN KEY ("attribute_families_id") REFERENCES "public"."attribute_families"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "product_prices" ADD CONSTRAINT "product_prices_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_prices" ADD CONSTRAINT "product_prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_prices" ADD CONSTRAINT "product_prices_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_prices" ADD CONSTRAINT "product_prices_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "product_prices" ADD CONSTRAINT "product_prices_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_list_assignments" ADD CONSTRAINT "price_list_assignments_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_list_assignments" ADD CONSTRAINT "price_list_assignments_website_id_websites_id_fk" FOREIGN KEY ("website_id") REFERENCES "public"."websites"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_list_assignments" ADD CONSTRAINT "price_list_assignments_customer_group_id_customer_groups_id_fk" FOREIGN KEY ("customer_group_id") REFERENCES "public"."customer_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_list_assignments" ADD CONSTRAINT "price_list_assignments_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_list_assignments" ADD CONSTRAINT "price_list_assignments_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "price_list_assignments" ADD CONSTRAINT "price_list_assignments_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "combined_prices" ADD CONSTRAINT "combined_prices_combined_list_id_combined_price_lists_id_fk" FOREIGN KEY ("combined_list_id") REFERENCES "public"."combined_price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "combined_prices" ADD CONSTRAINT "combined_prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "combined_prices" ADD CONSTRAINT "combined_prices_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "combined_prices" ADD CONSTRAINT "combined_prices_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "combined_price_list_links" ADD CONSTRAINT "combined_price_list_links_combined_list_id_combined_price_lists_id_fk" FOREIGN KEY ("combined_list_id") REFERENCES "public"."combined_price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "promotions_blocks_subtotal_at_least" ADD CONSTRAINT "promotions_blocks_subtotal_at_least_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_quantity_at_least" ADD CONSTRAINT "promotions_blocks_quantity_at_least_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_product_segment" ADD CONSTRAINT "promotions_blocks_product_segment_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_audience" ADD CONSTRAINT "promotions_blocks_audience_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_website" ADD CONSTRAINT "promotions_blocks_website_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_currency" ADD CONSTRAINT "promotions_blocks_currency_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_first_order" ADD CONSTRAINT "promotions_blocks_first_order_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_shipping_country" ADD CONSTRAINT "promotions_blocks_shipping_country_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_stock_above" ADD CONSTRAINT "promotions_blocks_stock_above_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_order_percent" ADD CONSTRAINT "promotions_blocks_order_percent_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_order_fixed" ADD CONSTRAINT "promotions_blocks_order_fixed_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_line_percent" ADD CONSTRAINT "promotions_blocks_line_percent_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_line_fixed" ADD CONSTRAINT "promotions_blocks_line_fixed_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_buy_x_get_y" ADD CONSTRAINT "promotions_blocks_buy_x_get_y_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_fixed_price" ADD CONSTRAINT "promotions_blocks_fixed_price_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_free_shipping" ADD CONSTRAINT "promotions_blocks_free_shipping_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_shipping_percent" ADD CONSTRAINT "promotions_blocks_shipping_percent_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_blocks_shipping_fixed" ADD CONSTRAINT "promotions_blocks_shipping_fixed_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_rels" ADD CONSTRAINT "promotions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_rels" ADD CONSTRAINT "promotions_rels_websites_fk" FOREIGN KEY ("websites_id") REFERENCES "public"."websites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_rels" ADD CONSTRAINT "promotions_rels_customer_groups_fk" FOREIGN KEY ("customer_groups_id") REFERENCES "public"."customer_groups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_rels" ADD CONSTRAINT "promotions_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_rels" ADD CONSTRAINT "promotions_rels_categories_fk" FOREIGN KEY ("categories_id") REFERENCES "public"."categories"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_rels" ADD CONSTRAINT "promotions_rels_brands_fk" FOREIGN KEY ("brands_id") REFERENCES "public"."brands"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "promotions_rels" ADD CONSTRAINT "promotions_rels_attribute_families_fk" FOREIGN KEY ("attribute_families_id") REFERENCES "public"."attribute_families"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "coupons" ADD CONSTRAINT "coupons_promotion_id_promotions_id_fk" FOREIGN KEY ("promotion_id") REFERENCES "public"."promotions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tax_jurisdictions_zip_codes" ADD CONSTRAINT "tax_jurisdictions_zip_codes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tax_jurisdictions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tax_rules" ADD CONSTRAINT "tax_rules_jurisdiction_id_tax_jurisdictions_id_fk" FOREIGN KEY ("jurisdiction_id") REFERENCES "public"."tax_jurisdictions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tax_rules" ADD CONSTRAINT "tax_rules_product_tax_code_id_tax_codes_id_fk" FOREIGN KEY ("product_tax_code_id") REFERENCES "public"."tax_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tax_rules" ADD CONSTRAINT "tax_rules_customer_tax_code_id_tax_codes_id_fk" FOREIGN KEY ("customer_tax_code_id") REFERENCES "public"."tax_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "warehouses_rels" ADD CONSTRAINT "warehouses_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."warehouses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "warehouses_rels" ADD CONSTRAINT "warehouses_rels_websites_fk" FOREIGN KEY ("websites_id") REFERENCES "public"."websites"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "warehouses_rels" ADD CONSTRAINT "warehouses_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "inventory_levels" ADD CONSTRAINT "inventory_levels_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inventory_levels" ADD CONSTRAINT "inventory_levels_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "inventory_levels" ADD CONSTRAINT "inventory_levels_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_level_id_inventory_levels_id_fk" FOREIGN KEY ("level_id") REFERENCES "public"."inventory_levels"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_order_id_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."orders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_transfer_id_stock_transfers_id_fk" FOREIGN KEY ("transfer_id") REFERENCES "public"."stock_transfers"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_transfers" ADD CONSTRAINT "stock_transfers_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_transfers" ADD CONSTRAINT "stock_transfers_variant_id_product_variants_id_fk" FOREIGN KEY ("variant_id") REFERENCES "public"."product_variants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_transfers" ADD CONSTRAINT "stock_transfers_from_warehouse_id_warehouses_id_fk" FOREIGN KEY ("from_warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "stock_transfers" ADD CONSTRAINT "stock_transfers_to_warehouse_id_warehouses_id_fk" FOREIGN KEY ("to_warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "accounts" ADD CONSTRAINT "accounts_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts_emails" ADD CONSTRAINT "contacts_emails_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_phones" ADD CONSTRAINT "contacts_phones_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts_addresses" ADD CONSTRAINT "contacts_addresses_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_customer_user_id_customer_users_id_fk" FOREIGN KEY ("customer_user_id") REFERENCES "public"."customer_users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "contacts" ADD CONSTRAINT "contacts_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_currency_id_currencies_id_fk" FOREIGN KEY ("currency_id") REFERENCES "public"."currencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_opportunity_id_opportunities_id_fk" FOREIGN KEY ("opportunity_id") REFERENCES "public"."opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "leads" ADD CONSTRAINT "leads_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_currency_id_currencies_id_fk" FOREIGN KEY ("currency_id") REFERENCES "public"."currencies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "opportunities" ADD CONSTRAINT "opportunities_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "activities_rels" ADD CONSTRAINT "activities_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_history" ADD CONSTRAINT "tasks_history_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks_history" ADD CONSTRAINT "tasks_history_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_team_id_business_units_id_fk" FOREIGN KEY ("team_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_creator_id_users_id_fk" FOREIGN KEY ("creator_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks" ADD CONSTRAINT "tasks_business_unit_id_business_units_id_fk" FOREIGN KEY ("business_unit_id") REFERENCES "public"."business_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_customers_fk" FOREIGN KEY ("customers_id") REFERENCES "public"."customers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_orders_fk" FOREIGN KEY ("orders_id") REFERENCES "public"."orders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_products_fk" FOREIGN KEY ("products_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_warehouses_fk" FOREIGN KEY ("warehouses_id") REFERENCES "public"."warehouses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_rels" ADD CONSTRAINT "tasks_rels_inventory_levels_fk" FOREIGN KEY ("inventory_levels_id") REFERENCES "public"."inventory_levels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "task_comments" ADD CONSTRAINT "task_comments_task_id_tasks_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."tasks"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "task_comments" ADD CONSTRAINT "task_comments_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pricing_settings_default_lists" ADD CONSTRAINT "pricing_settings_default_lists_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pricing_settings_default_lists" ADD CONSTRAINT "pricing_settings_default_lists_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."pricing_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "pricing_settings" ADD CONSTRAINT "pricing_settings_visitors_group_id_customer_groups_id_fk" FOREIGN KEY ("visitors_group_id") REFERENCES "public"."customer_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pricing_settings_v_version_default_lists" ADD CONSTRAINT "_pricing_settings_v_version_default_lists_price_list_id_price_lists_id_fk" FOREIGN KEY ("price_list_id") REFERENCES "public"."price_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_pricing_settings_v_version_default_lists" ADD CONSTRAINT "_pricing_settings_v_version_default_lists_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_pricing_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_pricing_settings_v" ADD CONSTRAINT "_pricing_settings_v_version_visitors_group_id_customer_groups_id_fk" FOREIGN KEY ("version_visitors_group_id") REFERENCES "public"."customer_groups"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "tax_settings" ADD CONSTRAINT "tax_settings_shipping_tax_code_id_tax_codes_id_fk" FOREIGN KEY ("shipping_tax_code_id") REFERENCES "public"."tax_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_tax_settings_v" ADD CONSTRAINT "_tax_settings_v_version_shipping_tax_code_id_tax_codes_id_fk" FOREIGN KEY ("version_shipping_tax_code_id") REFERENCES "public"."tax_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "crm_settings_stages" ADD CONSTRAINT "crm_settings_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."crm_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_crm_settings_v_version_stages" ADD CONSTRAINT "_crm_settings_v_version_stages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_crm_settings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_settings_transitions" ADD CONSTRAINT "tasks_settings_transitions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tasks_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_settings_alert_rules_statuses" ADD CONSTRAINT "tasks_settings_alert_rules_statuses_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks_settings_alert_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_settings_alert_rules_channels" ADD CONSTRAINT "tasks_settings_alert_rules_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks_settings_alert_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_settings_alert_rules_recipients" ADD CONSTRAINT "tasks_settings_alert_rules_recipients_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."tasks_settings_alert_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "tasks_settings_alert_rules" ADD CONSTRAINT "tasks_settings_alert_rules_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tasks_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "orders_texts_order_parent" ON "orders_texts" USING btree ("order","parent_id");
  CREATE INDEX "price_lists_schedule_order_idx" ON "price_lists_schedule" USING btree ("_order");
  CREATE INDEX "price_lists_schedule_parent_id_idx" ON "price_lists_schedule" USING btree ("_parent_id");
  CREATE INDEX "price_lists_name_idx" ON "price_lists" USING btree ("name");
  CREATE INDEX "price_lists_active_idx" ON "price_lists" USING btree ("active");
  CREATE INDEX "price_lists_rule_rule_source_list_idx" ON "price_lists" USING btree ("rule_source_list_id");
  CREATE INDEX "price_lists_owner_idx" ON "price_lists" USING btree ("owner_id");
  CREATE INDEX "price_lists_business_unit_idx" ON "price_lists" USING btree ("business_unit_id");
  CREATE INDEX "price_lists_updated_at_idx" ON "price_lists" USING btree ("updated_at");
  CREATE INDEX "price_lists_created_at_idx" ON "price_lists" USING btree ("created_at");
  CREATE INDEX "price_lists_texts_order_parent" ON "price_lists_texts" USING btree ("order","parent_id");
  CREATE INDEX "price_lists_rels_order_idx" ON "price_lists_rels" USING btree ("order");
  CREATE INDEX "price_lists_rels_parent_idx" ON "price_lists_rels" USING btree ("parent_id");
  CREATE INDEX "price_lists_rels_path_idx" ON "price_lists_rels" USING btree ("path");
  CREATE INDEX "price_lists_rels_currencies_id_idx" ON "price_lists_rels" USING btree ("currencies_id");
  CREATE INDEX "price_lists_rels_categories_id_idx" ON "price_lists_rels" USING btree ("categories_id");
  CREATE INDEX "price_lists_rels_brands_id_idx" ON "price_lists_rels" USING btree ("brands_id");
  CREATE INDEX "price_lists_rels_attribute_families_id_idx" ON "price_lists_rels" USING btree ("attribute_families_id");
  CREATE INDEX "product_prices_price_list_idx" ON "product_prices" USING btree ("price_list_id");
  CREATE INDEX "product_prices_product_idx" ON "product_prices" USING btree ("product_id");
  CREATE INDEX "product_prices_variant_idx" ON "product_prices" USING btree ("variant_id");
  CREATE INDEX "product_prices_currency_idx" ON "product_prices" USING btree ("currency");
  CREATE INDEX "product_prices_generated_idx" ON "product_prices" USING btree ("generated");
  CREATE UNIQUE INDEX "product_prices_slot_idx" ON "product_prices" USING btree ("slot");
  CREATE INDEX "product_prices_owner_idx" ON "product_prices" USING btree ("owner_id");
  CREATE INDEX "product_prices_business_unit_idx" ON "product_prices" USING btree ("business_unit_id");
  CREATE INDEX "product_prices_updated_at_idx" ON "product_prices" USING btree ("updated_at");
  CREATE INDEX "product_prices_created_at_idx" ON "product_prices" USING btree ("created_at");
  CREATE INDEX "priceList_product_idx" ON "product_prices" USING btree ("price_list_id","product_id");
  CREATE INDEX "price_list_assignments_price_list_idx" ON "price_list_assignments" USING btree ("price_list_id");
  CREATE INDEX "price_list_assignments_website_idx" ON "price_list_assignments" USING btree ("website_id");
  CREATE INDEX "price_list_assignments_customer_group_idx" ON "price_list_assignments" USING btree ("customer_group_id");
  CREATE INDEX "price_list_assignments_customer_idx" ON "price_list_assignments" USING btree ("customer_id");
  CREATE INDEX "price_list_assignments_owner_idx" ON "price_list_assignments" USING btree ("owner_id");
  CREATE INDEX "price_list_assignments_business_unit_idx" ON "price_list_assignments" USING btree ("business_unit_id");
  CREATE INDEX "price_list_assignments_updated_at_idx" ON "price_list_assignments" USING btree ("updated_at");
  CREATE INDEX "price_list_assignments_created_at_idx" ON "price_list_assignments" USING btree ("created_at");
  CREATE UNIQUE INDEX "combined_price_lists_chain_key_idx" ON "combined_price_lists" USING btree ("chain_key");
  CREATE INDEX "combined_price_lists_status_idx" ON "combined_price_lists" USING btree ("status");
  CREATE INDEX "combined_price_lists_updated_at_idx" ON "combined_price_lists" USING btree ("updated_at");
  CREATE INDEX "combined_price_lists_created_at_idx" ON "combined_price_lists" USING btree ("created_at");
  CREATE INDEX "combined_prices_combined_list_idx" ON "combined_prices" USING btree ("combined_list_id");
  CREATE INDEX "combined_prices_product_idx" ON "combined_prices" USING btree ("product_id");
  CREATE INDEX "combined_prices_variant_idx" ON "combined_prices" USING btree ("variant_id");
  CREATE INDEX "combined_prices_price_list_idx" ON "combined_prices" USING btree ("price_list_id");
  CREATE INDEX "combined_prices_updated_at_idx" ON "combined_prices" USING btree ("updated_at");
  CREATE INDEX "combined_prices_created_at_idx" ON "combined_prices" USING btree ("created_at");
  CREATE INDEX "combinedList_currency_product_idx" ON "combined_prices" USING btree ("combined_list_id","currency","product_id");
  CREATE UNIQUE INDEX "combined_price_list_links_scope_idx" ON "combined_price_list_links" USING btree ("scope");
  CREATE INDEX "combined_price_list_links_combined_list_idx" ON "combined_price_list_links" USING btree ("combined_list_id");
  CREATE INDEX "combined_price_list_links_updated_at_idx" ON "combined_price_list_links" USING btree ("updated_at");
  CREATE INDEX "combined_price_list_links_created_at_idx" ON "combined_price_list_links" USING btree ("created_at");
  CREATE INDEX "promotions_blocks_subtotal_at_least_order_idx" ON "promotions_blocks_subtotal_at_least" USING btree ("_order");
  CREATE INDEX "promotions_blocks_subtotal_at_least_parent_id_idx" ON "promotions_blocks_subtotal_at_least" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_subtotal_at_least_path_idx" ON "promotions_blocks_subtotal_at_least" USING btree ("_path");
  CREATE INDEX "promotions_blocks_quantity_at_least_order_idx" ON "promotions_blocks_quantity_at_least" USING btree ("_order");
  CREATE INDEX "promotions_blocks_quantity_at_least_parent_id_idx" ON "promotions_blocks_quantity_at_least" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_quantity_at_least_path_idx" ON "promotions_blocks_quantity_at_least" USING btree ("_path");
  CREATE INDEX "promotions_blocks_product_segment_order_idx" ON "promotions_blocks_product_segment" USING btree ("_order");
  CREATE INDEX "promotions_blocks_product_segment_parent_id_idx" ON "promotions_blocks_product_segment" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_product_segment_path_idx" ON "promotions_blocks_product_segment" USING btree ("_path");
  CREATE INDEX "promotions_blocks_audience_order_idx" ON "promotions_blocks_audience" USING btree ("_order");
  CREATE INDEX "promotions_blocks_audience_parent_id_idx" ON "promotions_blocks_audience" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_audience_path_idx" ON "promotions_blocks_audience" USING btree ("_path");
  CREATE INDEX "promotions_blocks_website_order_idx" ON "promotions_blocks_website" USING btree ("_order");
  CREATE INDEX "promotions_blocks_website_parent_id_idx" ON "promotions_blocks_website" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_website_path_idx" ON "promotions_blocks_website" USING btree ("_path");
  CREATE INDEX "promotions_blocks_currency_order_idx" ON "promotions_blocks_currency" USING btree ("_order");
  CREATE INDEX "promotions_blocks_currency_parent_id_idx" ON "promotions_blocks_currency" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_currency_path_idx" ON "promotions_blocks_currency" USING btree ("_path");
  CREATE INDEX "promotions_blocks_first_order_order_idx" ON "promotions_blocks_first_order" USING btree ("_order");
  CREATE INDEX "promotions_blocks_first_order_parent_id_idx" ON "promotions_blocks_first_order" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_first_order_path_idx" ON "promotions_blocks_first_order" USING btree ("_path");
  CREATE INDEX "promotions_blocks_shipping_country_order_idx" ON "promotions_blocks_shipping_country" USING btree ("_order");
  CREATE INDEX "promotions_blocks_shipping_country_parent_id_idx" ON "promotions_blocks_shipping_country" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_shipping_country_path_idx" ON "promotions_blocks_shipping_country" USING btree ("_path");
  CREATE INDEX "promotions_blocks_stock_above_order_idx" ON "promotions_blocks_stock_above" USING btree ("_order");
  CREATE INDEX "promotions_blocks_stock_above_parent_id_idx" ON "promotions_blocks_stock_above" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_stock_above_path_idx" ON "promotions_blocks_stock_above" USING btree ("_path");
  CREATE INDEX "promotions_blocks_order_percent_order_idx" ON "promotions_blocks_order_percent" USING btree ("_order");
  CREATE INDEX "promotions_blocks_order_percent_parent_id_idx" ON "promotions_blocks_order_percent" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_order_percent_path_idx" ON "promotions_blocks_order_percent" USING btree ("_path");
  CREATE INDEX "promotions_blocks_order_fixed_order_idx" ON "promotions_blocks_order_fixed" USING btree ("_order");
  CREATE INDEX "promotions_blocks_order_fixed_parent_id_idx" ON "promotions_blocks_order_fixed" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_order_fixed_path_idx" ON "promotions_blocks_order_fixed" USING btree ("_path");
  CREATE INDEX "promotions_blocks_line_percent_order_idx" ON "promotions_blocks_line_percent" USING btree ("_order");
  CREATE INDEX "promotions_blocks_line_percent_parent_id_idx" ON "promotions_blocks_line_percent" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_line_percent_path_idx" ON "promotions_blocks_line_percent" USING btree ("_path");
  CREATE INDEX "promotions_blocks_line_fixed_order_idx" ON "promotions_blocks_line_fixed" USING btree ("_order");
  CREATE INDEX "promotions_blocks_line_fixed_parent_id_idx" ON "promotions_blocks_line_fixed" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_line_fixed_path_idx" ON "promotions_blocks_line_fixed" USING btree ("_path");
  CREATE INDEX "promotions_blocks_buy_x_get_y_order_idx" ON "promotions_blocks_buy_x_get_y" USING btree ("_order");
  CREATE INDEX "promotions_blocks_buy_x_get_y_parent_id_idx" ON "promotions_blocks_buy_x_get_y" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_buy_x_get_y_path_idx" ON "promotions_blocks_buy_x_get_y" USING btree ("_path");
  CREATE INDEX "promotions_blocks_fixed_price_order_idx" ON "promotions_blocks_fixed_price" USING btree ("_order");
  CREATE INDEX "promotions_blocks_fixed_price_parent_id_idx" ON "promotions_blocks_fixed_price" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_fixed_price_path_idx" ON "promotions_blocks_fixed_price" USING btree ("_path");
  CREATE INDEX "promotions_blocks_free_shipping_order_idx" ON "promotions_blocks_free_shipping" USING btree ("_order");
  CREATE INDEX "promotions_blocks_free_shipping_parent_id_idx" ON "promotions_blocks_free_shipping" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_free_shipping_path_idx" ON "promotions_blocks_free_shipping" USING btree ("_path");
  CREATE INDEX "promotions_blocks_shipping_percent_order_idx" ON "promotions_blocks_shipping_percent" USING btree ("_order");
  CREATE INDEX "promotions_blocks_shipping_percent_parent_id_idx" ON "promotions_blocks_shipping_percent" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_shipping_percent_path_idx" ON "promotions_blocks_shipping_percent" USING btree ("_path");
  CREATE INDEX "promotions_blocks_shipping_fixed_order_idx" ON "promotions_blocks_shipping_fixed" USING btree ("_order");
  CREATE INDEX "promotions_blocks_shipping_fixed_parent_id_idx" ON "promotions_blocks_shipping_fixed" USING btree ("_parent_id");
  CREATE INDEX "promotions_blocks_shipping_fixed_path_idx" ON "promotions_blocks_shipping_fixed" USING btree ("_path");
  CREATE INDEX "promotions_active_idx" ON "promotions" USING btree ("active");
  CREATE INDEX "promotions_starts_at_idx" ON "promotions" USING btree ("starts_at");
  CREATE INDEX "promotions_ends_at_idx" ON "promotions" USING btree ("ends_at");
  CREATE INDEX "promotions_priority_idx" ON "promotions" USING btree ("priority");
  CREATE INDEX "promotions_updated_at_idx" ON "promotions" USING btree ("updated_at");
  CREATE INDEX "promotions_created_at_idx" ON "promotions" USING btree ("created_at");
  CREATE INDEX "promotions_rels_order_idx" ON "promotions_rels" USING btree ("order");
  CREATE INDEX "promotions_rels_parent_idx" ON "promotions_rels" USING btree ("parent_id");
  CREATE INDEX "promotions_rels_path_idx" ON "promotions_rels" USING btree ("path");
  CREATE INDEX "promotions_rels_websites_id_idx" ON "promotions_rels" USING btree ("websites_id");
  CREATE INDEX "promotions_rels_customer_groups_id_idx" ON "promotions_rels" USING btree ("customer_groups_id");
  CREATE INDEX "promotions_rels_customers_id_idx" ON "promotions_rels" USING btree ("customers_id");
  CREATE INDEX "promotions_rels_categories_id_idx" ON "promotions_rels" USING btree ("categories_id");
  CREATE INDEX "promotions_rels_brands_id_idx" ON "promotions_rels" USING btree ("brands_id");
  CREATE INDEX "promotions_rels_attribute_families_id_idx" ON "promotions_rels" USING btree ("attribute_families_id");
  CREATE UNIQUE INDEX "coupons_code_idx" ON "coupons" USING btree ("code");
  CREATE INDEX "coupons_promotion_idx" ON "coupons" USING btree ("promotion_id");
  CREATE INDEX "coupons_batch_idx" ON "coupons" USING btree ("batch");
  CREATE INDEX "coupons_updated_at_idx" ON "coupons" USING btree ("updated_at");
  CREATE INDEX "coupons_created_at_idx" ON "coupons" USING btree ("created_at");
  CREATE UNIQUE INDEX "promotion_usages_key_idx" ON "promotion_usages" USING btree ("key");
  CREATE INDEX "promotion_usages_updated_at_idx" ON "promotion_usages" USING btree ("updated_at");
  CREATE INDEX "promotion_usages_created_at_idx" ON "promotion_usages" USING btree ("created_at");
  CREATE UNIQUE INDEX "tax_codes_code_idx" ON "tax_codes" USING btree ("code");
  CREATE INDEX "tax_codes_kind_idx" ON "tax_codes" USING btree ("kind");
  CREATE INDEX "tax_codes_updated_at_idx" ON "tax_codes" USING btree ("updated_at");
  CREATE INDEX "tax_codes_created_at_idx" ON "tax_codes" USING btree ("created_at");
  CREATE INDEX "tax_jurisdictions_zip_codes_order_idx" ON "tax_jurisdictions_zip_codes" USING btree ("_order");
  CREATE INDEX "tax_jurisdictions_zip_codes_parent_id_idx" ON "tax_jurisdictions_zip_codes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "tax_jurisdictions_code_idx" ON "tax_jurisdictions" USING btree ("code");
  CREATE INDEX "tax_jurisdictions_country_idx" ON "tax_jurisdictions" USING btree ("country");
  CREATE INDEX "tax_jurisdictions_updated_at_idx" ON "tax_jurisdictions" USING btree ("updated_at");
  CREATE INDEX "tax_jurisdictions_created_at_idx" ON "tax_jurisdictions" USING btree ("created_at");
  CREATE INDEX "tax_rules_code_idx" ON "tax_rules" USING btree ("code");
  CREATE INDEX "tax_rules_jurisdiction_idx" ON "tax_rules" USING btree ("jurisdiction_id");
  CREATE INDEX "tax_rules_product_tax_code_idx" ON "tax_rules" USING btree ("product_tax_code_id");
  CREATE INDEX "tax_rules_customer_tax_code_idx" ON "tax_rules" USING btree ("customer_tax_code_id");
  CREATE INDEX "tax_rules_updated_at_idx" ON "tax_rules" USING btree ("updated_at");
  CREATE INDEX "tax_rules_created_at_idx" ON "tax_rules" USING btree ("created_at");
  CREATE UNIQUE INDEX "warehouses_code_idx" ON "warehouses" USING btree ("code");
  CREATE INDEX "warehouses_active_idx" ON "warehouses" USING btree ("active");
  CREATE INDEX "warehouses_updated_at_idx" ON "warehouses" USING btree ("updated_at");
  CREATE INDEX "warehouses_created_at_idx" ON "warehouses" USING btree ("created_at");
  CREATE INDEX "warehouses_rels_order_idx" ON "warehouses_rels" USING btree ("order");
  CREATE INDEX "warehouses_rels_parent_idx" ON "warehouses_rels" USING btree ("parent_id");
  CREATE INDEX "warehouses_rels_path_idx" ON "warehouses_rels" USING btree ("path");
  CREATE INDEX "warehouses_rels_websites_id_idx" ON "warehouses_rels" USING btree ("websites_id");
  CREATE INDEX "warehouses_rels_users_id_idx" ON "warehouses_rels" USING btree ("users_id");
  CREATE INDEX "inventory_levels_product_idx" ON "inventory_levels" USING btree ("product_id");
  CREATE INDEX "inventory_levels_variant_idx" ON "inventory_levels" USING btree ("variant_id");
  CREATE INDEX "inventory_levels_warehouse_idx" ON "inventory_levels" USING btree ("warehouse_id");
  CREATE INDEX "inventory_levels_available_idx" ON "inventory_levels" USING btree ("available");
  CREATE INDEX "inventory_levels_low_stock_idx" ON "inventory_levels" USING btree ("low_stock");
  CREATE INDEX "inventory_levels_updated_at_idx" ON "inventory_levels" USING btree ("updated_at");
  CREATE INDEX "inventory_levels_created_at_idx" ON "inventory_levels" USING btree ("created_at");
  CREATE UNIQUE INDEX "product_variant_warehouse_idx" ON "inventory_levels" USING btree ("product_id","variant_id","warehouse_id");
  CREATE INDEX "stock_movements_level_idx" ON "stock_movements" USING btree ("level_id");
  CREATE INDEX "stock_movements_product_idx" ON "stock_movements" USING btree ("product_id");
  CREATE INDEX "stock_movements_warehouse_idx" ON "stock_movements" USING btree ("warehouse_id");
  CREATE INDEX "stock_movements_kind_idx" ON "stock_movements" USING btree ("kind");
  CREATE INDEX "stock_movements_order_idx" ON "stock_movements" USING btree ("order_id");
  CREATE INDEX "stock_movements_order_line_idx" ON "stock_movements" USING btree ("order_line");
  CREATE INDEX "stock_movements_transfer_idx" ON "stock_movements" USING btree ("transfer_id");
  CREATE INDEX "stock_movements_user_idx" ON "stock_movements" USING btree ("user_id");
  CREATE INDEX "stock_movements_updated_at_idx" ON "stock_movements" USING btree ("updated_at");
  CREATE INDEX "stock_movements_created_at_idx" ON "stock_movements" USING btree ("created_at");
  CREATE INDEX "stock_transfers_product_idx" ON "stock_transfers" USING btree ("product_id");
  CREATE INDEX "stock_transfers_variant_idx" ON "stock_transfers" USING btree ("variant_id");
  CREATE INDEX "stock_transfers_from_warehouse_idx" ON "stock_transfers" USING btree ("from_warehouse_id");
  CREATE INDEX "stock_transfers_to_warehouse_idx" ON "stock_transfers" USING btree ("to_warehouse_id");
  CREATE INDEX "stock_transfers_status_idx" ON "stock_transfers" USING btree ("status");
  CREATE INDEX "stock_transfers_updated_at_idx" ON "stock_transfers" USING btree ("updated_at");
  CREATE INDEX "stock_transfers_created_at_idx" ON "stock_transfers" USING btree ("created_at");
  CREATE INDEX "accounts_name_idx" ON "accounts" USING btree ("name");
  CREATE INDEX "accounts_owner_idx" ON "accounts" USING btree ("owner_id");
  CREATE INDEX "accounts_business_unit_idx" ON "accounts" USING btree ("business_unit_id");
  CREATE INDEX "accounts_updated_at_idx" ON "accounts" USING btree ("updated_at");
  CREATE INDEX "accounts_created_at_idx" ON "accounts" USING btree ("created_at");
  CREATE INDEX "contacts_emails_order_idx" ON "contacts_emails" USING btree ("_order");
  CREATE INDEX "contacts_emails_parent_id_idx" ON "contacts_emails" USING btree ("_parent_id");
  CREATE INDEX "contacts_phones_order_idx" ON "contacts_phones" USING btree ("_order");
  CREATE INDEX "contacts_phones_parent_id_idx" ON "contacts_phones" USING btree ("_parent_id");
  CREATE INDEX "contacts_addresses_order_idx" ON "contacts_addresses" USING btree ("_order");
  CREATE INDEX "contacts_addresses_parent_id_idx" ON "contacts_addresses" USING btree ("_parent_id");
  CREATE INDEX "contacts_name_idx" ON "contacts" USING btree ("name");
  CREATE INDEX "contacts_account_idx" ON "contacts" USING btree ("account_id");
  CREATE INDEX "contacts_customer_user_idx" ON "contacts" USING btree ("customer_user_id");
  CREATE INDEX "contacts_owner_idx" ON "contacts" USING btree ("owner_id");
  CREATE INDEX "contacts_business_unit_idx" ON "contacts" USING btree ("business_unit_id");
  CREATE INDEX "contacts_updated_at_idx" ON "contacts" USING btree ("updated_at");
  CREATE INDEX "contacts_created_at_idx" ON "contacts" USING btree ("created_at");
  CREATE INDEX "leads_status_idx" ON "leads" USING btree ("status");
  CREATE INDEX "leads_company_name_idx" ON "leads" USING btree ("company_name");
  CREATE INDEX "leads_currency_idx" ON "leads" USING btree ("currency_id");
  CREATE INDEX "leads_account_idx" ON "leads" USING btree ("account_id");
  CREATE INDEX "leads_contact_idx" ON "leads" USING btree ("contact_id");
  CREATE INDEX "leads_opportunity_idx" ON "leads" USING btree ("opportunity_id");
  CREATE INDEX "leads_owner_idx" ON "leads" USING btree ("owner_id");
  CREATE INDEX "leads_business_unit_idx" ON "leads" USING btree ("business_unit_id");
  CREATE INDEX "leads_updated_at_idx" ON "leads" USING btree ("updated_at");
  CREATE INDEX "leads_created_at_idx" ON "leads" USING btree ("created_at");
  CREATE INDEX "opportunities_account_idx" ON "opportunities" USING btree ("account_id");
  CREATE INDEX "opportunities_contact_idx" ON "opportunities" USING btree ("contact_id");
  CREATE INDEX "opportunities_stage_idx" ON "opportunities" USING btree ("stage");
  CREATE INDEX "opportunities_currency_idx" ON "opportunities" USING btree ("currency_id");
  CREATE INDEX "opportunities_expected_close_date_idx" ON "opportunities" USING btree ("expected_close_date");
  CREATE INDEX "opportunities_status_idx" ON "opportunities" USING btree ("status");
  CREATE INDEX "opportunities_owner_idx" ON "opportunities" USING btree ("owner_id");
  CREATE INDEX "opportunities_business_unit_idx" ON "opportunities" USING btree ("business_unit_id");
  CREATE INDEX "opportunities_updated_at_idx" ON "opportunities" USING btree ("updated_at");
  CREATE INDEX "opportunities_created_at_idx" ON "opportunities" USING btree ("created_at");
  CREATE INDEX "activities_type_idx" ON "activities" USING btree ("type");
  CREATE INDEX "activities_occurred_at_idx" ON "activities" USING btree ("occurred_at");
  CREATE INDEX "activities_account_idx" ON "activities" USING btree ("account_id");
  CREATE INDEX "activities_owner_idx" ON "activities" USING btree ("owner_id");
  CREATE INDEX "activities_business_unit_idx" ON "activities" USING btree ("business_unit_id");
  CREATE INDEX "activities_updated_at_idx" ON "activities" USING btree ("updated_at");
  CREATE INDEX "activities_created_at_idx" ON "activities" USING btree ("created_at");
  CREATE INDEX "activities_rels_order_idx" ON "activities_rels" USING btree ("order");
  CREATE INDEX "activities_rels_parent_idx" ON "activities_rels" USING btree ("parent_id");
  CREATE INDEX "activities_rels_path_idx" ON "activities_rels" USING btree ("path");
  CREATE INDEX "activities_rels_accounts_id_idx" ON "activities_rels" USING btree ("accounts_id");
  CREATE INDEX "activities_rels_contacts_id_idx" ON "activities_rels" USING btree ("contacts_id");
  CREATE INDEX "activities_rels_leads_id_idx" ON "activities_rels" USING btree ("leads_id");
  CREATE INDEX "activities_rels_opportunities_id_idx" ON "activities_rels" USING btree ("opportunities_id");
  CREATE INDEX "activities_rels_customers_id_idx" ON "activities_rels" USING btree ("customers_id");
  CREATE INDEX "tasks_history_order_idx" ON "tasks_history" USING btree ("_order");
  CREATE INDEX "tasks_history_parent_id_idx" ON "tasks_history" USING btree ("_parent_id");
  CREATE INDEX "tasks_history_by_idx" ON "tasks_history" USING btree ("by_id");
  CREATE INDEX "tasks_priority_idx" ON "tasks" USING btree ("priority");
  CREATE INDEX "tasks_due_at_idx" ON "tasks" USING btree ("due_at");
  CREATE INDEX "tasks_status_idx" ON "tasks" USING btree ("status");
  CREATE INDEX "tasks_assignee_idx" ON "tasks" USING btree ("assignee_id");
  CREATE INDEX "tasks_team_idx" ON "tasks" USING btree ("team_id");
  CREATE INDEX "tasks_creator_idx" ON "tasks" USING btree ("creator_id");
  CREATE INDEX "tasks_owner_idx" ON "tasks" USING btree ("owner_id");
  CREATE INDEX "tasks_business_unit_idx" ON "tasks" USING btree ("business_unit_id");
  CREATE INDEX "tasks_updated_at_idx" ON "tasks" USING btree ("updated_at");
  CREATE INDEX "tasks_created_at_idx" ON "tasks" USING btree ("created_at");
  CREATE INDEX "tasks_rels_order_idx" ON "tasks_rels" USING btree ("order");
  CREATE INDEX "tasks_rels_parent_idx" ON "tasks_rels" USING btree ("parent_id");
  CREATE INDEX "tasks_rels_path_idx" ON "tasks_rels" USING btree ("path");
  CREATE INDEX "tasks_rels_users_id_idx" ON "tasks_rels" USING btree ("users_id");
  CREATE INDEX "tasks_rels_customers_id_idx" ON "tasks_rels" USING btree ("customers_id");
  CREATE INDEX "tasks_rels_orders_id_idx" ON "tasks_rels" USING btree ("orders_id");
  CREATE INDEX "tasks_rels_products_id_idx" ON "tasks_rels" USING btree ("products_id");
  CREATE INDEX "tasks_rels_accounts_id_idx" ON "tasks_rels" USING btree ("accounts_id");
  CREATE INDEX "tasks_rels_contacts_id_idx" ON "tasks_rels" USING btree ("contacts_id");
  CREATE INDEX "tasks_rels_leads_id_idx" ON "tasks_rels" USING btree ("leads_id");
  CREATE INDEX "tasks_rels_opportunities_id_idx" ON "tasks_rels" USING btree ("opportunities_id");
  CREATE INDEX "tasks_rels_warehouses_id_idx" ON "tasks_rels" USING btree ("warehouses_id");
  CREATE INDEX "tasks_rels_inventory_levels_id_idx" ON "tasks_rels" USING btree ("inventory_levels_id");
  CREATE INDEX "task_comments_task_idx" ON "task_comments" USING btree ("task_id");
  CREATE INDEX "task_comments_author_idx" ON "task_comments" USING btree ("author_id");
  CREATE INDEX "task_comments_updated_at_idx" ON "task_comments" USING btree ("updated_at");
  CREATE INDEX "task_comments_created_at_idx" ON "task_comments" USING btree ("created_at");
  CREATE INDEX "pricing_settings_default_lists_order_idx" ON "pricing_settings_default_lists" USING btree ("_order");
  CREATE INDEX "pricing_settings_default_lists_parent_id_idx" ON "pricing_settings_default_lists" USING btree ("_parent_id");
  CREATE INDEX "pricing_settings_default_lists_price_list_idx" ON "pricing_settings_default_lists" USING btree ("price_list_id");
  CREATE INDEX "pricing_settings_visitors_group_idx" ON "pricing_settings" USING btree ("visitors_group_id");
  CREATE INDEX "_pricing_settings_v_version_default_lists_order_idx" ON "_pricing_settings_v_version_default_lists" USING btree ("_order");
  CREATE INDEX "_pricing_settings_v_version_default_lists_parent_id_idx" ON "_pricing_settings_v_version_default_lists" USING btree ("_parent_id");
  CREATE INDEX "_pricing_settings_v_version_default_lists_price_list_idx" ON "_pricing_settings_v_version_default_lists" USING btree ("price_list_id");
  CREATE INDEX "_pricing_settings_v_version_version_visitors_group_idx" ON "_pricing_settings_v" USING btree ("version_visitors_group_id");
  CREATE INDEX "_pricing_settings_v_created_at_idx" ON "_pricing_settings_v" USING btree ("created_at");
  CREATE INDEX "_pricing_settings_v_updated_at_idx" ON "_pricing_settings_v" USING btree ("updated_at");
  CREATE INDEX "tax_settings_shipping_tax_code_idx" ON "tax_settings" USING btree ("shipping_tax_code_id");
  CREATE INDEX "_tax_settings_v_version_version_shipping_tax_code_idx" ON "_tax_settings_v" USING btree ("version_shipping_tax_code_id");
  CREATE INDEX "_tax_settings_v_created_at_idx" ON "_tax_settings_v" USING btree ("created_at");
  CREATE INDEX "_tax_settings_v_updated_at_idx" ON "_tax_settings_v" USING btree ("updated_at");
  CREATE INDEX "_inventory_settings_v_created_at_idx" ON "_inventory_settings_v" USING btree ("created_at");
  CREATE INDEX "_inventory_settings_v_updated_at_idx" ON "_inventory_settings_v" USING btree ("updated_at");
  CREATE INDEX "crm_settings_stages_order_idx" ON "crm_settings_stages" USING btree ("_order");
  CREATE INDEX "crm_settings_stages_parent_id_idx" ON "crm_settings_stages" USING btree ("_parent_id");
  CREATE INDEX "_crm_settings_v_version_stages_order_idx" ON "_crm_settings_v_version_stages" USING btree ("_order");
  CREATE INDEX "_crm_settings_v_version_stages_parent_id_idx" ON "_crm_settings_v_version_stages" USING btree ("_parent_id");
  CREATE INDEX "_crm_settings_v_created_at_idx" ON "_crm_settings_v" USING btree ("created_at");
  CREATE INDEX "_crm_settings_v_updated_at_idx" ON "_crm_settings_v" USING btree ("updated_at");
  CREATE INDEX "tasks_settings_transitions_order_idx" ON "tasks_settings_transitions" USING btree ("_order");
  CREATE INDEX "tasks_settings_transitions_parent_id_idx" ON "tasks_settings_transitions" USING btree ("_parent_id");
  CREATE INDEX "tasks_settings_alert_rules_statuses_order_idx" ON "tasks_settings_alert_rules_statuses" USING btree ("order");
  CREATE INDEX "tasks_settings_alert_rules_statuses_parent_idx" ON "tasks_settings_alert_rules_statuses" USING btree ("parent_id");
  CREATE INDEX "tasks_settings_alert_rules_channels_order_idx" ON "tasks_settings_alert_rules_channels" USING btree ("order");
  CREATE INDEX "tasks_settings_alert_rules_channels_parent_idx" ON "tasks_settings_alert_rules_channels" USING btree ("parent_id");
  CREATE INDEX "tasks_settings_alert_rules_recipients_order_idx" ON "tasks_settings_alert_rules_recipients" USING btree ("order");
  CREATE INDEX "tasks_settings_alert_rules_recipients_parent_idx" ON "tasks_settings_alert_rules_recipients" USING btree ("parent_id");
  CREATE INDEX "tasks_settings_alert_rules_order_idx" ON "tasks_settings_alert_rules" USING btree ("_order");
  CREATE INDEX "tasks_settings_alert_rules_parent_id_idx" ON "tasks_settings_alert_rules" USING btree ("_parent_id");
  ALTER TABLE "customers" ADD CONSTRAINT "customers_tax_code_id_tax_codes_id_fk" FOREIGN KEY ("tax_code_id") REFERENCES "public"."tax_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "customers" ADD CONSTRAINT "customers_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "customer_groups" ADD CONSTRAINT "customer_groups_tax_code_id_tax_codes_id_fk" FOREIGN KEY ("tax_code_id") REFERENCES "public"."tax_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "products" ADD CONSTRAINT "products_tax_code_id_tax_codes_id_fk" FOREIGN KEY ("tax_code_id") REFERENCES "public"."tax_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "orders" ADD CONSTRAINT "orders_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "websites" ADD CONSTRAINT "websites_tax_settings_shipping_tax_code_id_tax_codes_id_fk" FOREIGN KEY ("tax_settings_shipping_tax_code_id") REFERENCES "public"."tax_codes"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_price_lists_fk" FOREIGN KEY ("price_lists_id") REFERENCES "public"."price_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_product_prices_fk" FOREIGN KEY ("product_prices_id") REFERENCES "public"."product_prices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_price_list_assignments_fk" FOREIGN KEY ("price_list_assignments_id") REFERENCES "public"."price_list_assignments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_combined_price_lists_fk" FOREIGN KEY ("combined_price_lists_id") REFERENCES "public"."combined_price_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_combined_prices_fk" FOREIGN KEY ("combined_prices_id") REFERENCES "public"."combined_prices"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_combined_price_list_links_fk" FOREIGN KEY ("combined_price_list_links_id") REFERENCES "public"."combined_price_list_links"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_promotions_fk" FOREIGN KEY ("promotions_id") REFERENCES "public"."promotions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_coupons_fk" FOREIGN KEY ("coupons_id") REFERENCES "public"."coupons"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_promotion_usages_fk" FOREIGN KEY ("promotion_usages_id") REFERENCES "public"."promotion_usages"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tax_codes_fk" FOREIGN KEY ("tax_codes_id") REFERENCES "public"."tax_codes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tax_jurisdictions_fk" FOREIGN KEY ("tax_jurisdictions_id") REFERENCES "public"."tax_jurisdictions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tax_rules_fk" FOREIGN KEY ("tax_rules_id") REFERENCES "public"."tax_rules"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_warehouses_fk" FOREIGN KEY ("warehouses_id") REFERENCES "public"."warehouses"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_inventory_levels_fk" FOREIGN KEY ("inventory_levels_id") REFERENCES "public"."inventory_levels"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_movements_fk" FOREIGN KEY ("stock_movements_id") REFERENCES "public"."stock_movements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_stock_transfers_fk" FOREIGN KEY ("stock_transfers_id") REFERENCES "public"."stock_transfers"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_accounts_fk" FOREIGN KEY ("accounts_id") REFERENCES "public"."accounts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_contacts_fk" FOREIGN KEY ("contacts_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_leads_fk" FOREIGN KEY ("leads_id") REFERENCES "public"."leads"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_opportunities_fk" FOREIGN KEY ("opportunities_id") REFERENCES "public"."opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_activities_fk" FOREIGN KEY ("activities_id") REFERENCES "public"."activities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tasks_fk" FOREIGN KEY ("tasks_id") REFERENCES "public"."tasks"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_task_comments_fk" FOREIGN KEY ("task_comments_id") REFERENCES "public"."task_comments"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "customers_tax_code_idx" ON "customers" USING btree ("tax_code_id");
  CREATE INDEX "customers_account_idx" ON "customers" USING btree ("account_id");
  CREATE INDEX "customer_groups_tax_code_idx" ON "customer_groups" USING btree ("tax_code_id");
  CREATE INDEX "products_tax_code_idx" ON "products" USING btree ("tax_code_id");
  CREATE INDEX "orders_account_idx" ON "orders" USING btree ("account_id");
  CREATE UNIQUE INDEX "customer_checkoutKey_idx" ON "orders" USING btree ("customer_id","checkout_key");
  CREATE INDEX "websites_tax_settings_tax_settings_shipping_tax_code_idx" ON "websites" USING btree ("tax_settings_shipping_tax_code_id");
  CREATE INDEX "payload_locked_documents_rels_price_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("price_lists_id");
  CREATE INDEX "payload_locked_documents_rels_product_prices_id_idx" ON "payload_locked_documents_rels" USING btree ("product_prices_id");
  CREATE INDEX "payload_locked_documents_rels_price_list_assignments_id_idx" ON "payload_locked_documents_rels" USING btree ("price_list_assignments_id");
  CREATE INDEX "payload_locked_documents_rels_combined_price_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("combined_price_lists_id");
  CREATE INDEX "payload_locked_documents_rels_combined_prices_id_idx" ON "payload_locked_documents_rels" USING btree ("combined_prices_id");
  CREATE INDEX "payload_locked_documents_rels_combined_price_list_links__idx" ON "payload_locked_documents_rels" USING btree ("combined_price_list_links_id");
  CREATE INDEX "payload_locked_documents_rels_promotions_id_idx" ON "payload_locked_documents_rels" USING btree ("promotions_id");
  CREATE INDEX "payload_locked_documents_rels_coupons_id_idx" ON "payload_locked_documents_rels" USING btree ("coupons_id");
  CREATE INDEX "payload_locked_documents_rels_promotion_usages_id_idx" ON "payload_locked_documents_rels" USING btree ("promotion_usages_id");
  CREATE INDEX "payload_locked_documents_rels_tax_codes_id_idx" ON "payload_locked_documents_rels" USING btree ("tax_codes_id");
  CREATE INDEX "payload_locked_documents_rels_tax_jurisdictions_id_idx" ON "payload_locked_documents_rels" USING btree ("tax_jurisdictions_id");
  CREATE INDEX "payload_locked_documents_rels_tax_rules_id_idx" ON "payload_locked_documents_rels" USING btree ("tax_rules_id");
  CREATE INDEX "payload_locked_documents_rels_warehouses_id_idx" ON "payload_locked_documents_rels" USING btree ("warehouses_id");
  CREATE INDEX "payload_locked_documents_rels_inventory_levels_id_idx" ON "payload_locked_documents_rels" USING btree ("inventory_levels_id");
  CREATE INDEX "payload_locked_documents_rels_stock_movements_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_movements_id");
  CREATE INDEX "payload_locked_documents_rels_stock_transfers_id_idx" ON "payload_locked_documents_rels" USING btree ("stock_transfers_id");
  CREATE INDEX "payload_locked_documents_rels_accounts_id_idx" ON "payload_locked_documents_rels" USING btree ("accounts_id");
  CREATE INDEX "payload_locked_documents_rels_contacts_id_idx" ON "payload_locked_documents_rels" USING btree ("contacts_id");
  CREATE INDEX "payload_locked_documents_rels_leads_id_idx" ON "payload_locked_documents_rels" USING btree ("leads_id");
  CREATE INDEX "payload_locked_documents_rels_opportunities_id_idx" ON "payload_locked_documents_rels" USING btree ("opportunities_id");
  CREATE INDEX "payload_locked_documents_rels_activities_id_idx" ON "payload_locked_documents_rels" USING btree ("activities_id");
  CREATE INDEX "payload_locked_documents_rels_tasks_id_idx" ON "payload_locked_documents_rels" USING btree ("tasks_id");
  CREATE INDEX "payload_locked_documents_rels_task_comments_id_idx" ON "payload_locked_documents_rels" USING btree ("task_comments_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "orders_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "price_lists_schedule" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "price_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "price_lists_texts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "price_lists_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "product_prices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "price_list_assignments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "combined_price_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "combined_prices" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "combined_price_list_links" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_subtotal_at_least" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_quantity_at_least" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_product_segment" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_audience" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_website" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_currency" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_first_order" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_shipping_country" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_stock_above" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_order_percent" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_order_fixed" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_line_percent" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_line_fixed" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_buy_x_get_y" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_fixed_price" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_free_shipping" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_shipping_percent" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_blocks_shipping_fixed" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "coupons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "promotion_usages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tax_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tax_jurisdictions_zip_codes" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tax_jurisdictions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tax_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "warehouses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "warehouses_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inventory_levels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_movements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "stock_transfers" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "accounts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts_emails" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts_phones" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts_addresses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "contacts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "leads" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "opportunities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "activities_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_history" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "task_comments" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pricing_settings_default_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "pricing_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pricing_settings_v_version_default_lists" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_pricing_settings_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "marketing_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tax_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_tax_settings_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "inventory_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_inventory_settings_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "crm_settings_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "crm_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_crm_settings_v_version_stages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_crm_settings_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_settings_transitions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_settings_alert_rules_statuses" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_settings_alert_rules_channels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_settings_alert_rules_recipients" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_settings_alert_rules" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tasks_settings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "orders_texts" CASCADE;
  DROP TABLE "price_lists_schedule" CASCADE;
  DROP TABLE "price_lists" CASCADE;
  DROP TABLE "price_lists_texts" CASCADE;
  DROP TABLE "price_lists_rels" CASCADE;
  DROP TABLE "product_prices" CASCADE;
  DROP TABLE "price_list_assignments" CASCADE;
  DROP TABLE "combined_price_lists" CASCADE;
  DROP TABLE "combined_prices" CASCADE;
  DROP TABLE "combined_price_list_links" CASCADE;
  DROP TABLE "promotions_blocks_subtotal_at_least" CASCADE;
  DROP TABLE "promotions_blocks_quantity_at_least" CASCADE;
  DROP TABLE "promotions_blocks_product_segment" CASCADE;
  DROP TABLE "promotions_blocks_audience" CASCADE;
  DROP TABLE "promotions_blocks_website" CASCADE;
  DROP TABLE "promotions_blocks_currency" CASCADE;
  DROP TABLE "promotions_blocks_first_order" CASCADE;
  DROP TABLE "promotions_blocks_shipping_country" CASCADE;
  DROP TABLE "promotions_blocks_stock_above" CASCADE;
  DROP TABLE "promotions_blocks_order_percent" CASCADE;
  DROP TABLE "promotions_blocks_order_fixed" CASCADE;
  DROP TABLE "promotions_blocks_line_percent" CASCADE;
  DROP TABLE "promotions_blocks_line_fixed" CASCADE;
  DROP TABLE "promotions_blocks_buy_x_get_y" CASCADE;
  DROP TABLE "promotions_blocks_fixed_price" CASCADE;
  DROP TABLE "promotions_blocks_free_shipping" CASCADE;
  DROP TABLE "promotions_blocks_shipping_percent" CASCADE;
  DROP TABLE "promotions_blocks_shipping_fixed" CASCADE;
  DROP TABLE "promotions" CASCADE;
  DROP TABLE "promotions_rels" CASCADE;
  DROP TABLE "coupons" CASCADE;
  DROP TABLE "promotion_usages" CASCADE;
  DROP TABLE "tax_codes" CASCADE;
  DROP TABLE "tax_jurisdictions_zip_codes" CASCADE;
  DROP TABLE "tax_jurisdictions" CASCADE;
  DROP TABLE "tax_rules" CASCADE;
  DROP TABLE "warehouses" CASCADE;
  DROP TABLE "warehouses_rels" CASCADE;
  DROP TABLE "inventory_levels" CASCADE;
  DROP TABLE "stock_movements" CASCADE;
  DROP TABLE "stock_transfers" CASCADE;
  DROP TABLE "accounts" CASCADE;
  DROP TABLE "contacts_emails" CASCADE;
  DROP TABLE "contacts_phones" CASCADE;
  DROP TABLE "contacts_addresses" CASCADE;
  DROP TABLE "contacts" CASCADE;
  DROP TABLE "leads" CASCADE;
  DROP TABLE "opportunities" CASCADE;
  DROP TABLE "activities" CASCADE;
  DROP TABLE "activities_rels" CASCADE;
  DROP TABLE "tasks_history" CASCADE;
  DROP TABLE "tasks" CASCADE;
  DROP TABLE "tasks_rels" CASCADE;
  DROP TABLE "task_comments" CASCADE;
  DROP TABLE "pricing_settings_default_lists" CASCADE;
  DROP TABLE "pricing_settings" CASCADE;
  DROP TABLE "_pricing_settings_v_version_default_lists" CASCADE;
  DROP TABLE "_pricing_settings_v" CASCADE;
  DROP TABLE "marketing_settings" CASCADE;
  DROP TABLE "tax_settings" CASCADE;
  DROP TABLE "_tax_settings_v" CASCADE;
  DROP TABLE "inventory_settings" CASCADE;
  DROP TABLE "_inventory_settings_v" CASCADE;
  DROP TABLE "crm_settings_stages" CASCADE;
  DROP TABLE "crm_settings" CASCADE;
  DROP TABLE "_crm_settings_v_version_stages" CASCADE;
  DROP TABLE "_crm_settings_v" CASCADE;
  DROP TABLE "tasks_settings_transitions" CASCADE;
  DROP TABLE "tasks_settings_alert_rules_statuses" CASCADE;
  DROP TABLE "tasks_settings_alert_rules_channels" CASCADE;
  DROP TABLE "tasks_settings_alert_rules_recipients" CASCADE;
  DROP TABLE "tasks_settings_alert_rules" CASCADE;
  DROP TABLE "tasks_settings" CASCADE;
  ALTER TABLE "customers" DROP CONSTRAINT "customers_tax_code_id_tax_codes_id_fk";
  
  ALTER TABLE "customers" DROP CONSTRAINT "customers_account_id_accounts_id_fk";
  
  ALTER TABLE "customer_groups" DROP CONSTRAINT "customer_groups_tax_code_id_tax_codes_id_fk";
  
  ALTER TABLE "products" DROP CONSTRAINT "products_tax_code_id_tax_codes_id_fk";
  
  ALTER TABLE "orders" DROP CONSTRAINT "orders_account_id_accounts_id_fk";
  
  ALTER TABLE "websites" DROP CONSTRAINT "websites_tax_settings_shipping_tax_code_id_tax_codes_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_price_lists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_product_prices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_price_list_assignments_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_combined_price_lists_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_combined_prices_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_combined_price_list_links_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_promotions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_coupons_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_promotion_usages_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tax_codes_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tax_jurisdictions_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tax_rules_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_warehouses_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_inventory_levels_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_movements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_stock_transfers_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_accounts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_contacts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_leads_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_opportunities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_activities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tasks_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_task_comments_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'event-order-alerts-email-staff');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'event-order-alerts-email-staff');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "customers_tax_code_idx";
  DROP INDEX "customers_account_idx";
  DROP INDEX "customer_groups_tax_code_idx";
  DROP INDEX "products_tax_code_idx";
  DROP INDEX "orders_account_idx";
  DROP INDEX "customer_checkoutKey_idx";
  DROP INDEX "websites_tax_settings_tax_settings_shipping_tax_code_idx";
  DROP INDEX "payload_locked_documents_rels_price_lists_id_idx";
  DROP INDEX "payload_locked_documents_rels_product_prices_id_idx";
  DROP INDEX "payload_locked_documents_rels_price_list_assignments_id_idx";
  DROP INDEX "payload_locked_documents_rels_combined_price_lists_id_idx";
  DROP INDEX "payload_locked_documents_rels_combined_prices_id_idx";
  DROP INDEX "payload_locked_documents_rels_combined_price_list_links__idx";
  DROP INDEX "payload_locked_documents_rels_promotions_id_idx";
  DROP INDEX "payload_locked_documents_rels_coupons_id_idx";
  DROP INDEX "payload_locked_documents_rels_promotion_usages_id_idx";
  DROP INDEX "payload_locked_documents_rels_tax_codes_id_idx";
  DROP INDEX "payload_locked_documents_rels_tax_jurisdictions_id_idx";
  DROP INDEX "payload_locked_documents_rels_tax_rules_id_idx";
  DROP INDEX "payload_locked_documents_rels_warehouses_id_idx";
  DROP INDEX "payload_locked_documents_rels_inventory_levels_id_idx";
  DROP INDEX "payload_locked_documents_rels_stock_movements_id_idx";
  DROP INDEX "payload_locked_documents_rels_stock_transfers_id_idx";
  DROP INDEX "payload_locked_documents_rels_accounts_id_idx";
  DROP INDEX "payload_locked_documents_rels_contacts_id_idx";
  DROP INDEX "payload_locked_documents_rels_leads_id_idx";
  DROP INDEX "payload_locked_documents_rels_opportunities_id_idx";
  DROP INDEX "payload_locked_documents_rels_activities_id_idx";
  DROP INDEX "payload_locked_documents_rels_tasks_id_idx";
  DROP INDEX "payload_locked_documents_rels_task_comments_id_idx";
  ALTER TABLE "customers" DROP COLUMN "price_list_fallback";
  ALTER TABLE "customers" DROP COLUMN "tax_code_id";
  ALTER TABLE "customers" DROP COLUMN "tax_exempt";
  ALTER TABLE "customers" DROP COLUMN "account_id";
  ALTER TABLE "customer_groups" DROP COLUMN "price_list_fallback";
  ALTER TABLE "customer_groups" DROP COLUMN "tax_code_id";
  ALTER TABLE "products" DROP COLUMN "tax_code_id";
  ALTER TABLE "orders_lines" DROP COLUMN "return_disposition";
  ALTER TABLE "orders" DROP COLUMN "marketing_claims";
  ALTER TABLE "orders" DROP COLUMN "checkout_key";
  ALTER TABLE "orders" DROP COLUMN "payment_method";
  ALTER TABLE "orders" DROP COLUMN "account_id";
  ALTER TABLE "websites" DROP COLUMN "price_list_fallback";
  ALTER TABLE "websites" DROP COLUMN "marketing_strategy";
  ALTER TABLE "websites" DROP COLUMN "marketing_line_discounts";
  ALTER TABLE "websites" DROP COLUMN "tax_settings_prices_include_tax";
  ALTER TABLE "websites" DROP COLUMN "tax_settings_address_basis";
  ALTER TABLE "websites" DROP COLUMN "tax_settings_origin_country";
  ALTER TABLE "websites" DROP COLUMN "tax_settings_origin_region";
  ALTER TABLE "websites" DROP COLUMN "tax_settings_origin_postal_code";
  ALTER TABLE "websites" DROP COLUMN "tax_settings_start_calculation_with";
  ALTER TABLE "websites" DROP COLUMN "tax_settings_rounding";
  ALTER TABLE "websites" DROP COLUMN "tax_settings_tax_base";
  ALTER TABLE "websites" DROP COLUMN "tax_settings_shipping_tax_code_id";
  ALTER TABLE "websites" DROP COLUMN "show_stock_quantities";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "price_lists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "product_prices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "price_list_assignments_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "combined_price_lists_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "combined_prices_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "combined_price_list_links_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "promotions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "coupons_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "promotion_usages_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tax_codes_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tax_jurisdictions_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tax_rules_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "warehouses_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "inventory_levels_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_movements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "stock_transfers_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "accounts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "contacts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "leads_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "opportunities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "activities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tasks_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "task_comments_id";
  DROP TYPE "public"."enum_customers_price_list_fallback";
  DROP TYPE "public"."enum_customer_groups_price_list_fallback";
  DROP TYPE "public"."enum_orders_lines_return_disposition";
  DROP TYPE "public"."enum_orders_payment_method";
  DROP TYPE "public"."enum_websites_price_list_fallback";
  DROP TYPE "public"."enum_websites_marketing_strategy";
  DROP TYPE "public"."enum_websites_marketing_line_discounts";
  DROP TYPE "public"."enum_websites_tax_settings_prices_include_tax";
  DROP TYPE "public"."enum_websites_tax_settings_address_basis";
  DROP TYPE "public"."enum_websites_tax_settings_start_calculation_with";
  DROP TYPE "public"."enum_websites_tax_settings_rounding";
  DROP TYPE "public"."enum_websites_tax_settings_tax_base";
  DROP TYPE "public"."enum_price_lists_rule_source";
  DROP TYPE "public"."enum_combined_price_lists_status";
  DROP TYPE "public"."enum_promotions_blocks_line_fixed_per";
  DROP TYPE "public"."enum_promotions_blocks_buy_x_get_y_reward";
  DROP TYPE "public"."enum_tax_codes_kind";
  DROP TYPE "public"."enum_stock_movements_kind";
  DROP TYPE "public"."enum_stock_transfers_status";
  DROP TYPE "public"."enum_leads_source";
  DROP TYPE "public"."enum_leads_status";
  DROP TYPE "public"."enum_opportunities_status";
  DROP TYPE "public"."enum_activities_type";
  DROP TYPE "public"."enum_tasks_history_from";
  DROP TYPE "public"."enum_tasks_history_to";
  DROP TYPE "public"."enum_tasks_type";
  DROP TYPE "public"."enum_tasks_priority";
  DROP TYPE "public"."enum_tasks_status";
  DROP TYPE "public"."enum_pricing_settings_strategy";
  DROP TYPE "public"."enum__pricing_settings_v_version_strategy";
  DROP TYPE "public"."enum_marketing_settings_strategy";
  DROP TYPE "public"."enum_marketing_settings_line_discounts";
  DROP TYPE "public"."enum_tax_settings_address_basis";
  DROP TYPE "public"."enum_tax_settings_start_calculation_with";
  DROP TYPE "public"."enum_tax_settings_rounding";
  DROP TYPE "public"."enum_tax_settings_tax_base";
  DROP TYPE "public"."enum__tax_settings_v_version_address_basis";
  DROP TYPE "public"."enum__tax_settings_v_version_start_calculation_with";
  DROP TYPE "public"."enum__tax_settings_v_version_rounding";
  DROP TYPE "public"."enum__tax_settings_v_version_tax_base";
  DROP TYPE "public"."enum_inventory_settings_allocation";
  DROP TYPE "public"."enum__inventory_settings_v_version_allocation";
  DROP TYPE "public"."enum_tasks_settings_transitions_from";
  DROP TYPE "public"."enum_tasks_settings_transitions_to";
  DROP TYPE "public"."enum_tasks_settings_alert_rules_statuses";
  DROP TYPE "public"."enum_tasks_settings_alert_rules_channels";
  DROP TYPE "public"."enum_tasks_settings_alert_rules_recipients";
  DROP TYPE "public"."enum_tasks_settings_alert_rules_trigger";`)
}
