-- 1090: a notice on channel damrong_read_models (the projection's name) whenever a projection's checkpoint changes:
-- a batch applied, a checkpoint moved back by an undo, a projection reset or restarted. It is sent when the
-- transaction commits, so a process that caches what it read of a read model (ReadModelChanges) drops it once the
-- new rows are visible. A rebuild's swap sends its own (verify-and-swap.ts): its tables change under an unmoved checkpoint.

CREATE FUNCTION damrong_read_model_changed() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  PERFORM pg_notify('damrong_read_models', coalesce(NEW.name, OLD.name));
  RETURN NULL;
END $fn$;

CREATE TRIGGER projection_checkpoints_notice AFTER INSERT OR UPDATE OR DELETE ON projection_checkpoints
  FOR EACH ROW EXECUTE FUNCTION damrong_read_model_changed();
