-- Corrections made before corrected-sentiment.ts kept the model's score beside the person's label
-- ({"label":"positive","score":-0.98}); reports, the CSV and mixed comments' lean read the sign.
-- Give each the score correctedScore() gives a correction today.
UPDATE `responses` SET `sentiment_score` = CASE WHEN ABS(`sentiment_score`) >= 0.05 THEN ABS(`sentiment_score`) ELSE 0.5 END
  WHERE `corrected_at` IS NOT NULL AND `sentiment_label` = 'positive' AND (`sentiment_score` IS NULL OR `sentiment_score` < 0.05);
--> statement-breakpoint
UPDATE `responses` SET `sentiment_score` = CASE WHEN ABS(`sentiment_score`) >= 0.05 THEN -ABS(`sentiment_score`) ELSE -0.5 END
  WHERE `corrected_at` IS NOT NULL AND `sentiment_label` = 'negative' AND (`sentiment_score` IS NULL OR `sentiment_score` > -0.05);
--> statement-breakpoint
UPDATE `responses` SET `sentiment_score` = 0
  WHERE `corrected_at` IS NOT NULL AND `sentiment_label` = 'neutral' AND (`sentiment_score` IS NULL OR `sentiment_score` <> 0);
