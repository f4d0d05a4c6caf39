CREATE TABLE `response_rollups` (
	`workspace_id` text NOT NULL,
	`day` integer NOT NULL,
	`survey_kind` text NOT NULL,
	`score` integer NOT NULL,
	`responses` integer DEFAULT 0 NOT NULL,
	`offers_accepted` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`workspace_id`, `day`, `survey_kind`, `score`)
);
--> statement-breakpoint
CREATE TABLE `topic_rollups` (
	`workspace_id` text NOT NULL,
	`day` integer NOT NULL,
	`topic` text NOT NULL,
	`volume` integer DEFAULT 0 NOT NULL,
	`positive` integer DEFAULT 0 NOT NULL,
	`neutral` integer DEFAULT 0 NOT NULL,
	`negative` integer DEFAULT 0 NOT NULL,
	`mixed` integer DEFAULT 0 NOT NULL,
	`promoters` integer DEFAULT 0 NOT NULL,
	`passives` integer DEFAULT 0 NOT NULL,
	`detractors` integer DEFAULT 0 NOT NULL,
	`csat_n` integer DEFAULT 0 NOT NULL,
	`csat_satisfied` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`workspace_id`, `day`, `topic`)
);
--> statement-breakpoint
DROP INDEX `customer_days_purchases`;--> statement-breakpoint
CREATE INDEX `customer_days_purchases` ON `customer_days` (`workspace_id`,`day`,`customer_pk`,`purchases`) WHERE purchases > 0;--> statement-breakpoint
DROP INDEX `risk_scores_tier`;--> statement-breakpoint
CREATE INDEX `risk_scores_tier` ON `risk_scores` (`workspace_id`,`tier`,`score`,`customer_pk`);--> statement-breakpoint
CREATE INDEX `customers_live_revenue` ON `customers` (`pk`,`churned_at`,`revenue`);