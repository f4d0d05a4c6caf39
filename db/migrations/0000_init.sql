CREATE TABLE `api_keys` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`prefix` text NOT NULL,
	`hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_keys_hash` ON `api_keys` (`hash`);--> statement-breakpoint
CREATE INDEX `api_keys_workspace` ON `api_keys` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`api_key_id` text NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`api_key_id`) REFERENCES `api_keys`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_key` ON `sessions` (`api_key_id`);--> statement-breakpoint
CREATE TABLE `sites` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`name` text NOT NULL,
	`public_key` text NOT NULL,
	`allowed_origins` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sites_public_key` ON `sites` (`public_key`);--> statement-breakpoint
CREATE INDEX `sites_workspace` ON `sites` (`workspace_id`);--> statement-breakpoint
CREATE TABLE `workspaces` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`settings` text NOT NULL,
	`taxonomy` text,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `displays` (
	`id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`customer_pk` text,
	`client_id` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `id`)
);
--> statement-breakpoint
CREATE INDEX `displays_customer` ON `displays` (`customer_pk`,`created_at`);--> statement-breakpoint
CREATE INDEX `displays_survey` ON `displays` (`workspace_id`,`survey_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `displays_workspace_time` ON `displays` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `response_topics` (
	`workspace_id` text NOT NULL,
	`response_id` text NOT NULL,
	`topic` text NOT NULL,
	`confidence` real NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `response_id`, `topic`)
);
--> statement-breakpoint
CREATE INDEX `response_topics_topic` ON `response_topics` (`workspace_id`,`topic`,`created_at`);--> statement-breakpoint
CREATE TABLE `responses` (
	`id` text NOT NULL,
	`workspace_id` text NOT NULL,
	`survey_id` text NOT NULL,
	`survey_kind` text NOT NULL,
	`survey_version` integer NOT NULL,
	`customer_pk` text,
	`client_id` text,
	`score` integer,
	`comment` text,
	`reason` text,
	`offer_kind` text,
	`offer_accepted` integer,
	`locale` text,
	`url` text,
	`finished` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	`language` text,
	`sentiment_label` text,
	`sentiment_score` real,
	`sentiment_confidence` real,
	`topics` text,
	`analyzed_at` integer,
	`corrected_at` integer,
	`learned_label` text,
	PRIMARY KEY(`workspace_id`, `id`)
);
--> statement-breakpoint
CREATE INDEX `responses_workspace_time` ON `responses` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `responses_survey_time` ON `responses` (`workspace_id`,`survey_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `responses_customer` ON `responses` (`customer_pk`,`created_at`);--> statement-breakpoint
CREATE INDEX `responses_kind_time` ON `responses` (`workspace_id`,`survey_kind`,`created_at`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`status` text NOT NULL,
	`version` integer NOT NULL,
	`content` text NOT NULL,
	`trigger` text NOT NULL,
	`targeting` text,
	`frequency` text NOT NULL,
	`sampling` integer NOT NULL,
	`recontact_days` integer,
	`locales` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `surveys_workspace` ON `surveys` (`workspace_id`,`status`);--> statement-breakpoint
CREATE TABLE `customer_days` (
	`customer_pk` text NOT NULL,
	`workspace_id` text NOT NULL,
	`day` text NOT NULL,
	`sessions` integer DEFAULT 0 NOT NULL,
	`logins` integer DEFAULT 0 NOT NULL,
	`page_views` integer DEFAULT 0 NOT NULL,
	`feature_uses` integer DEFAULT 0 NOT NULL,
	`email_clicks` integer DEFAULT 0 NOT NULL,
	`purchases` integer DEFAULT 0 NOT NULL,
	`revenue` real DEFAULT 0 NOT NULL,
	`tickets` integer DEFAULT 0 NOT NULL,
	`complaints` integer DEFAULT 0 NOT NULL,
	`payment_failures` integer DEFAULT 0 NOT NULL,
	`payment_late` integer DEFAULT 0 NOT NULL,
	`renewals` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`customer_pk`, `day`)
);
--> statement-breakpoint
CREATE INDEX `customer_days_workspace` ON `customer_days` (`workspace_id`,`day`);--> statement-breakpoint
CREATE TABLE `customers` (
	`pk` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`external_id` text NOT NULL,
	`traits` text NOT NULL,
	`email` text,
	`locale` text,
	`plan` text,
	`revenue` real DEFAULT 0 NOT NULL,
	`value_tier` text,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`renewal_at` integer,
	`churned_at` integer,
	`churn_reason` text,
	`last_surveyed_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `customers_external` ON `customers` (`workspace_id`,`external_id`);--> statement-breakpoint
CREATE INDEX `customers_first_seen` ON `customers` (`workspace_id`,`first_seen_at`);--> statement-breakpoint
CREATE INDEX `customers_churned` ON `customers` (`workspace_id`,`churned_at`);--> statement-breakpoint
CREATE TABLE `risk_history` (
	`customer_pk` text NOT NULL,
	`workspace_id` text NOT NULL,
	`day` text NOT NULL,
	`score` real NOT NULL,
	`tier` text NOT NULL,
	PRIMARY KEY(`customer_pk`, `day`)
);
--> statement-breakpoint
CREATE INDEX `risk_history_workspace` ON `risk_history` (`workspace_id`,`day`);--> statement-breakpoint
CREATE TABLE `risk_models` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`model` text NOT NULL,
	`metrics` text NOT NULL,
	`active` integer NOT NULL,
	`trained_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `risk_models_workspace` ON `risk_models` (`workspace_id`,`active`);--> statement-breakpoint
CREATE TABLE `risk_scores` (
	`customer_pk` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`score` real NOT NULL,
	`tier` text NOT NULL,
	`reasons` text NOT NULL,
	`model_version` text NOT NULL,
	`computed_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `risk_scores_tier` ON `risk_scores` (`workspace_id`,`tier`,`score`);--> statement-breakpoint
CREATE TABLE `text_model_counts` (
	`workspace_id` text NOT NULL,
	`label` text NOT NULL,
	`token` text NOT NULL,
	`count` real NOT NULL,
	PRIMARY KEY(`workspace_id`, `token`, `label`)
);
--> statement-breakpoint
CREATE TABLE `alerts` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`kind` text NOT NULL,
	`severity` text NOT NULL,
	`customer_pk` text,
	`response_id` text,
	`dedupe_key` text NOT NULL,
	`data` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `alerts_dedupe` ON `alerts` (`workspace_id`,`dedupe_key`);--> statement-breakpoint
CREATE INDEX `alerts_workspace_time` ON `alerts` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `alerts_customer` ON `alerts` (`customer_pk`,`created_at`);--> statement-breakpoint
CREATE TABLE `deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`alert_id` text NOT NULL,
	`destination_id` text NOT NULL,
	`status` text NOT NULL,
	`attempts` integer NOT NULL,
	`next_attempt_at` integer,
	`last_status` integer,
	`last_error` text,
	`created_at` integer NOT NULL,
	`delivered_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `deliveries_alert_destination` ON `deliveries` (`alert_id`,`destination_id`);--> statement-breakpoint
CREATE INDEX `deliveries_status` ON `deliveries` (`status`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `deliveries_workspace` ON `deliveries` (`workspace_id`,`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `delivery_attempts` (
	`id` text PRIMARY KEY NOT NULL,
	`delivery_id` text NOT NULL,
	`at` integer NOT NULL,
	`status_code` integer,
	`error` text,
	`duration_ms` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `delivery_attempts_delivery` ON `delivery_attempts` (`delivery_id`,`at`);--> statement-breakpoint
CREATE TABLE `destinations` (
	`id` text PRIMARY KEY NOT NULL,
	`workspace_id` text NOT NULL,
	`kind` text NOT NULL,
	`name` text NOT NULL,
	`url` text NOT NULL,
	`secret` text,
	`previous_secret` text,
	`previous_secret_expires_at` integer,
	`config` text NOT NULL,
	`filters` text NOT NULL,
	`digest` integer NOT NULL,
	`enabled` integer NOT NULL,
	`disabled_reason` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`workspace_id`) REFERENCES `workspaces`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `destinations_workspace` ON `destinations` (`workspace_id`);