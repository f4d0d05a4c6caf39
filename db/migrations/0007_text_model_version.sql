-- Text model counts carry the features version they were learned under (see
-- worker/domain/text/model-version.ts). Existing workspaces and the comments they learned from are
-- at version 1 (the legacy features); the five-minute cron rebuilds them under the current one.
ALTER TABLE `workspaces` ADD `text_model_version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `responses` ADD `learned_version` integer;--> statement-breakpoint
UPDATE `responses` SET `learned_version` = 1 WHERE `learned_label` IS NOT NULL;--> statement-breakpoint
CREATE INDEX `responses_learn_pending` ON `responses` (`workspace_id`) WHERE learned_label IS NOT NULL AND learned_version IS NULL;
