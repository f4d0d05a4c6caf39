CREATE TABLE `customer_churns` (
	`workspace_id` text NOT NULL,
	`customer_pk` text NOT NULL,
	`churned_at` integer NOT NULL,
	`reason` text,
	`returned_at` integer,
	PRIMARY KEY(`customer_pk`, `churned_at`)
);
--> statement-breakpoint
CREATE INDEX `customer_churns_period` ON `customer_churns` (`workspace_id`,`churned_at`,`returned_at`,`customer_pk`);--> statement-breakpoint
-- Backfill: each customer's current churn becomes their first history row, still gone (the
-- returns the old code cleared were not kept and cannot be recovered). Run twice, it adds nothing.
INSERT INTO `customer_churns` (`workspace_id`, `customer_pk`, `churned_at`, `reason`, `returned_at`)
  SELECT `workspace_id`, `pk`, `churned_at`, `churn_reason`, NULL FROM `customers` WHERE `churned_at` IS NOT NULL
  ON CONFLICT DO NOTHING;
