-- Labelled examples a workspace is taught from a file (POST /v1/text-model/examples), counted into
-- text_model_counts like comments (learned_version as on responses), and a revision that every
-- change of a workspace's examples bumps, so a writer applies its batch only over what it read.
CREATE TABLE `text_examples` (
	`workspace_id` text NOT NULL,
	`id` text NOT NULL,
	`text` text NOT NULL,
	`teaching` text NOT NULL,
	`created_at` integer NOT NULL,
	`learned_version` integer,
	PRIMARY KEY(`workspace_id`, `id`)
);
--> statement-breakpoint
CREATE INDEX `text_examples_workspace_time` ON `text_examples` (`workspace_id`,`created_at`);--> statement-breakpoint
CREATE INDEX `text_examples_learn_pending` ON `text_examples` (`workspace_id`) WHERE learned_version IS NULL;--> statement-breakpoint
ALTER TABLE `workspaces` ADD `text_examples_revision` integer DEFAULT 0 NOT NULL;