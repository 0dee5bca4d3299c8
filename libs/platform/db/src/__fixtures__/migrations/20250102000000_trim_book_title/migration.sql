-- Hand-written: a trigger Prisma does not model. The semicolons inside the $$ body must reach the
-- server as one script, not split statement by statement.
CREATE FUNCTION "trim_book_title"() RETURNS trigger AS $$
BEGIN
  NEW."title" := btrim(NEW."title");
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "Book_trim_title" BEFORE INSERT OR UPDATE ON "Book"
  FOR EACH ROW EXECUTE FUNCTION "trim_book_title"();
