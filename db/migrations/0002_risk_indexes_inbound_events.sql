CREATE TABLE `inbound_events` (
	`workspace_id` text NOT NULL,
	`source` text NOT NULL,
	`event_id` text NOT NULL,
	`received_at` integer NOT NULL,
	PRIMARY KEY(`workspace_id`, `source`, `event_id`)
);
--> statement-breakpoint
CREATE INDEX `customer_days_purchases` ON `customer_days` (`workspace_id`,`day`,`customer_pk`,`purchases`);