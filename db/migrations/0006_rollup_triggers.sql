-- Triggers that keep response_rollups and topic_rollups exact on every write, whatever the code
-- path (ingestion, analysis, corrections, erasure, retention purge, import), then a backfill of
-- what is already stored. Each trigger adds signed deltas, so the order in which a batch touches
-- responses and response_topics does not matter: a topic row counts with its response's current
-- sentiment and score, and a pair counts once, removed by whichever of the two rows goes first.
CREATE TRIGGER `responses_rollup_insert` AFTER INSERT ON `responses` BEGIN
  INSERT INTO `response_rollups` (`workspace_id`, `day`, `survey_kind`, `score`, `responses`, `offers_accepted`)
  VALUES (NEW.workspace_id, NEW.created_at / 86400000, NEW.survey_kind, COALESCE(NEW.score, -1), 1, CASE WHEN NEW.offer_accepted = 1 THEN 1 ELSE 0 END)
  ON CONFLICT (`workspace_id`, `day`, `survey_kind`, `score`) DO UPDATE SET `responses` = `responses` + excluded.`responses`, `offers_accepted` = `offers_accepted` + excluded.`offers_accepted`;
END;
--> statement-breakpoint
CREATE TRIGGER `responses_rollup_delete` AFTER DELETE ON `responses` BEGIN
  INSERT INTO `response_rollups` (`workspace_id`, `day`, `survey_kind`, `score`, `responses`, `offers_accepted`)
  VALUES (OLD.workspace_id, OLD.created_at / 86400000, OLD.survey_kind, COALESCE(OLD.score, -1), -1, CASE WHEN OLD.offer_accepted = 1 THEN -1 ELSE 0 END)
  ON CONFLICT (`workspace_id`, `day`, `survey_kind`, `score`) DO UPDATE SET `responses` = `responses` + excluded.`responses`, `offers_accepted` = `offers_accepted` + excluded.`offers_accepted`;
  INSERT INTO `topic_rollups` (`workspace_id`, `day`, `topic`, `volume`, `positive`, `neutral`, `negative`, `mixed`, `promoters`, `passives`, `detractors`, `csat_n`, `csat_satisfied`)
  SELECT t.workspace_id, t.created_at / 86400000, t.topic, -1,
    CASE WHEN OLD.sentiment_label = 'positive' THEN -1 ELSE 0 END,
    CASE WHEN OLD.sentiment_label = 'neutral' THEN -1 ELSE 0 END,
    CASE WHEN OLD.sentiment_label = 'negative' THEN -1 ELSE 0 END,
    CASE WHEN OLD.sentiment_label = 'mixed' THEN -1 ELSE 0 END,
    CASE WHEN OLD.survey_kind = 'nps' AND OLD.score >= 9 THEN -1 ELSE 0 END,
    CASE WHEN OLD.survey_kind = 'nps' AND OLD.score BETWEEN 7 AND 8 THEN -1 ELSE 0 END,
    CASE WHEN OLD.survey_kind = 'nps' AND OLD.score <= 6 THEN -1 ELSE 0 END,
    CASE WHEN OLD.survey_kind = 'csat' AND OLD.score IS NOT NULL THEN -1 ELSE 0 END,
    CASE WHEN OLD.survey_kind = 'csat' AND OLD.score >= 4 THEN -1 ELSE 0 END
  FROM `response_topics` t WHERE t.workspace_id = OLD.workspace_id AND t.response_id = OLD.id
  ON CONFLICT (`workspace_id`, `day`, `topic`) DO UPDATE SET `volume` = `volume` + excluded.`volume`, `positive` = `positive` + excluded.`positive`, `neutral` = `neutral` + excluded.`neutral`, `negative` = `negative` + excluded.`negative`, `mixed` = `mixed` + excluded.`mixed`, `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`, `csat_n` = `csat_n` + excluded.`csat_n`, `csat_satisfied` = `csat_satisfied` + excluded.`csat_satisfied`;
END;
--> statement-breakpoint
CREATE TRIGGER `responses_rollup_update` AFTER UPDATE OF `workspace_id`, `created_at`, `survey_kind`, `score`, `offer_accepted` ON `responses`
WHEN OLD.workspace_id IS NOT NEW.workspace_id OR OLD.created_at IS NOT NEW.created_at OR OLD.survey_kind IS NOT NEW.survey_kind
  OR OLD.score IS NOT NEW.score OR OLD.offer_accepted IS NOT NEW.offer_accepted
BEGIN
  INSERT INTO `response_rollups` (`workspace_id`, `day`, `survey_kind`, `score`, `responses`, `offers_accepted`)
  VALUES (OLD.workspace_id, OLD.created_at / 86400000, OLD.survey_kind, COALESCE(OLD.score, -1), -1, CASE WHEN OLD.offer_accepted = 1 THEN -1 ELSE 0 END)
  ON CONFLICT (`workspace_id`, `day`, `survey_kind`, `score`) DO UPDATE SET `responses` = `responses` + excluded.`responses`, `offers_accepted` = `offers_accepted` + excluded.`offers_accepted`;
  INSERT INTO `response_rollups` (`workspace_id`, `day`, `survey_kind`, `score`, `responses`, `offers_accepted`)
  VALUES (NEW.workspace_id, NEW.created_at / 86400000, NEW.survey_kind, COALESCE(NEW.score, -1), 1, CASE WHEN NEW.offer_accepted = 1 THEN 1 ELSE 0 END)
  ON CONFLICT (`workspace_id`, `day`, `survey_kind`, `score`) DO UPDATE SET `responses` = `responses` + excluded.`responses`, `offers_accepted` = `offers_accepted` + excluded.`offers_accepted`;
END;
--> statement-breakpoint
CREATE TRIGGER `responses_topic_rollup_update` AFTER UPDATE OF `sentiment_label`, `survey_kind`, `score` ON `responses`
WHEN OLD.sentiment_label IS NOT NEW.sentiment_label OR OLD.survey_kind IS NOT NEW.survey_kind OR OLD.score IS NOT NEW.score
BEGIN
  INSERT INTO `topic_rollups` (`workspace_id`, `day`, `topic`, `volume`, `positive`, `neutral`, `negative`, `mixed`, `promoters`, `passives`, `detractors`, `csat_n`, `csat_satisfied`)
  SELECT t.workspace_id, t.created_at / 86400000, t.topic, 0,
    (CASE WHEN NEW.sentiment_label = 'positive' THEN 1 ELSE 0 END) + (CASE WHEN OLD.sentiment_label = 'positive' THEN -1 ELSE 0 END),
    (CASE WHEN NEW.sentiment_label = 'neutral' THEN 1 ELSE 0 END) + (CASE WHEN OLD.sentiment_label = 'neutral' THEN -1 ELSE 0 END),
    (CASE WHEN NEW.sentiment_label = 'negative' THEN 1 ELSE 0 END) + (CASE WHEN OLD.sentiment_label = 'negative' THEN -1 ELSE 0 END),
    (CASE WHEN NEW.sentiment_label = 'mixed' THEN 1 ELSE 0 END) + (CASE WHEN OLD.sentiment_label = 'mixed' THEN -1 ELSE 0 END),
    (CASE WHEN NEW.survey_kind = 'nps' AND NEW.score >= 9 THEN 1 ELSE 0 END) + (CASE WHEN OLD.survey_kind = 'nps' AND OLD.score >= 9 THEN -1 ELSE 0 END),
    (CASE WHEN NEW.survey_kind = 'nps' AND NEW.score BETWEEN 7 AND 8 THEN 1 ELSE 0 END) + (CASE WHEN OLD.survey_kind = 'nps' AND OLD.score BETWEEN 7 AND 8 THEN -1 ELSE 0 END),
    (CASE WHEN NEW.survey_kind = 'nps' AND NEW.score <= 6 THEN 1 ELSE 0 END) + (CASE WHEN OLD.survey_kind = 'nps' AND OLD.score <= 6 THEN -1 ELSE 0 END),
    (CASE WHEN NEW.survey_kind = 'csat' AND NEW.score IS NOT NULL THEN 1 ELSE 0 END) + (CASE WHEN OLD.survey_kind = 'csat' AND OLD.score IS NOT NULL THEN -1 ELSE 0 END),
    (CASE WHEN NEW.survey_kind = 'csat' AND NEW.score >= 4 THEN 1 ELSE 0 END) + (CASE WHEN OLD.survey_kind = 'csat' AND OLD.score >= 4 THEN -1 ELSE 0 END)
  FROM `response_topics` t WHERE t.workspace_id = NEW.workspace_id AND t.response_id = NEW.id
  ON CONFLICT (`workspace_id`, `day`, `topic`) DO UPDATE SET `volume` = `volume` + excluded.`volume`, `positive` = `positive` + excluded.`positive`, `neutral` = `neutral` + excluded.`neutral`, `negative` = `negative` + excluded.`negative`, `mixed` = `mixed` + excluded.`mixed`, `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`, `csat_n` = `csat_n` + excluded.`csat_n`, `csat_satisfied` = `csat_satisfied` + excluded.`csat_satisfied`;
END;
--> statement-breakpoint
CREATE TRIGGER `response_topics_rollup_insert` AFTER INSERT ON `response_topics` BEGIN
  INSERT INTO `topic_rollups` (`workspace_id`, `day`, `topic`, `volume`, `positive`, `neutral`, `negative`, `mixed`, `promoters`, `passives`, `detractors`, `csat_n`, `csat_satisfied`)
  SELECT NEW.workspace_id, NEW.created_at / 86400000, NEW.topic, 1,
    CASE WHEN r.sentiment_label = 'positive' THEN 1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'neutral' THEN 1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'negative' THEN 1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'mixed' THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score >= 9 THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score BETWEEN 7 AND 8 THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score <= 6 THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'csat' AND r.score IS NOT NULL THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'csat' AND r.score >= 4 THEN 1 ELSE 0 END
  FROM `responses` r WHERE r.workspace_id = NEW.workspace_id AND r.id = NEW.response_id
  ON CONFLICT (`workspace_id`, `day`, `topic`) DO UPDATE SET `volume` = `volume` + excluded.`volume`, `positive` = `positive` + excluded.`positive`, `neutral` = `neutral` + excluded.`neutral`, `negative` = `negative` + excluded.`negative`, `mixed` = `mixed` + excluded.`mixed`, `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`, `csat_n` = `csat_n` + excluded.`csat_n`, `csat_satisfied` = `csat_satisfied` + excluded.`csat_satisfied`;
END;
--> statement-breakpoint
CREATE TRIGGER `response_topics_rollup_delete` AFTER DELETE ON `response_topics` BEGIN
  INSERT INTO `topic_rollups` (`workspace_id`, `day`, `topic`, `volume`, `positive`, `neutral`, `negative`, `mixed`, `promoters`, `passives`, `detractors`, `csat_n`, `csat_satisfied`)
  SELECT OLD.workspace_id, OLD.created_at / 86400000, OLD.topic, -1,
    CASE WHEN r.sentiment_label = 'positive' THEN -1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'neutral' THEN -1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'negative' THEN -1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'mixed' THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score >= 9 THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score BETWEEN 7 AND 8 THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score <= 6 THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'csat' AND r.score IS NOT NULL THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'csat' AND r.score >= 4 THEN -1 ELSE 0 END
  FROM `responses` r WHERE r.workspace_id = OLD.workspace_id AND r.id = OLD.response_id
  ON CONFLICT (`workspace_id`, `day`, `topic`) DO UPDATE SET `volume` = `volume` + excluded.`volume`, `positive` = `positive` + excluded.`positive`, `neutral` = `neutral` + excluded.`neutral`, `negative` = `negative` + excluded.`negative`, `mixed` = `mixed` + excluded.`mixed`, `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`, `csat_n` = `csat_n` + excluded.`csat_n`, `csat_satisfied` = `csat_satisfied` + excluded.`csat_satisfied`;
END;
--> statement-breakpoint
CREATE TRIGGER `response_topics_rollup_update` AFTER UPDATE OF `workspace_id`, `response_id`, `topic`, `created_at` ON `response_topics` BEGIN
  INSERT INTO `topic_rollups` (`workspace_id`, `day`, `topic`, `volume`, `positive`, `neutral`, `negative`, `mixed`, `promoters`, `passives`, `detractors`, `csat_n`, `csat_satisfied`)
  SELECT OLD.workspace_id, OLD.created_at / 86400000, OLD.topic, -1,
    CASE WHEN r.sentiment_label = 'positive' THEN -1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'neutral' THEN -1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'negative' THEN -1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'mixed' THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score >= 9 THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score BETWEEN 7 AND 8 THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score <= 6 THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'csat' AND r.score IS NOT NULL THEN -1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'csat' AND r.score >= 4 THEN -1 ELSE 0 END
  FROM `responses` r WHERE r.workspace_id = OLD.workspace_id AND r.id = OLD.response_id
  ON CONFLICT (`workspace_id`, `day`, `topic`) DO UPDATE SET `volume` = `volume` + excluded.`volume`, `positive` = `positive` + excluded.`positive`, `neutral` = `neutral` + excluded.`neutral`, `negative` = `negative` + excluded.`negative`, `mixed` = `mixed` + excluded.`mixed`, `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`, `csat_n` = `csat_n` + excluded.`csat_n`, `csat_satisfied` = `csat_satisfied` + excluded.`csat_satisfied`;
  INSERT INTO `topic_rollups` (`workspace_id`, `day`, `topic`, `volume`, `positive`, `neutral`, `negative`, `mixed`, `promoters`, `passives`, `detractors`, `csat_n`, `csat_satisfied`)
  SELECT NEW.workspace_id, NEW.created_at / 86400000, NEW.topic, 1,
    CASE WHEN r.sentiment_label = 'positive' THEN 1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'neutral' THEN 1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'negative' THEN 1 ELSE 0 END,
    CASE WHEN r.sentiment_label = 'mixed' THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score >= 9 THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score BETWEEN 7 AND 8 THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'nps' AND r.score <= 6 THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'csat' AND r.score IS NOT NULL THEN 1 ELSE 0 END,
    CASE WHEN r.survey_kind = 'csat' AND r.score >= 4 THEN 1 ELSE 0 END
  FROM `responses` r WHERE r.workspace_id = NEW.workspace_id AND r.id = NEW.response_id
  ON CONFLICT (`workspace_id`, `day`, `topic`) DO UPDATE SET `volume` = `volume` + excluded.`volume`, `positive` = `positive` + excluded.`positive`, `neutral` = `neutral` + excluded.`neutral`, `negative` = `negative` + excluded.`negative`, `mixed` = `mixed` + excluded.`mixed`, `promoters` = `promoters` + excluded.`promoters`, `passives` = `passives` + excluded.`passives`, `detractors` = `detractors` + excluded.`detractors`, `csat_n` = `csat_n` + excluded.`csat_n`, `csat_satisfied` = `csat_satisfied` + excluded.`csat_satisfied`;
END;
--> statement-breakpoint
INSERT INTO `response_rollups` (`workspace_id`, `day`, `survey_kind`, `score`, `responses`, `offers_accepted`)
  SELECT workspace_id, created_at / 86400000, survey_kind, COALESCE(score, -1), COUNT(*), SUM(CASE WHEN offer_accepted = 1 THEN 1 ELSE 0 END)
  FROM `responses` GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO `topic_rollups` (`workspace_id`, `day`, `topic`, `volume`, `positive`, `neutral`, `negative`, `mixed`, `promoters`, `passives`, `detractors`, `csat_n`, `csat_satisfied`)
  SELECT t.workspace_id, t.created_at / 86400000, t.topic, COUNT(*),
    SUM(CASE WHEN r.sentiment_label = 'positive' THEN 1 ELSE 0 END),
    SUM(CASE WHEN r.sentiment_label = 'neutral' THEN 1 ELSE 0 END),
    SUM(CASE WHEN r.sentiment_label = 'negative' THEN 1 ELSE 0 END),
    SUM(CASE WHEN r.sentiment_label = 'mixed' THEN 1 ELSE 0 END),
    SUM(CASE WHEN r.survey_kind = 'nps' AND r.score >= 9 THEN 1 ELSE 0 END),
    SUM(CASE WHEN r.survey_kind = 'nps' AND r.score BETWEEN 7 AND 8 THEN 1 ELSE 0 END),
    SUM(CASE WHEN r.survey_kind = 'nps' AND r.score <= 6 THEN 1 ELSE 0 END),
    SUM(CASE WHEN r.survey_kind = 'csat' AND r.score IS NOT NULL THEN 1 ELSE 0 END),
    SUM(CASE WHEN r.survey_kind = 'csat' AND r.score >= 4 THEN 1 ELSE 0 END)
  FROM `response_topics` t JOIN `responses` r ON r.workspace_id = t.workspace_id AND r.id = t.response_id
  GROUP BY 1, 2, 3;
