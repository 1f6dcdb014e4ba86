-- The Atom feed lists public items by change time, the latest first, withdrawn ones as tombstones.
CREATE INDEX item_public_changed ON item (updated_at DESC, id DESC)
    WHERE audience = 'PUBLIC' AND status IN ('PUBLISHED', 'WITHDRAWN');
