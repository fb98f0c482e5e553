-- Where an agency receives e-mail reminders (only sent when SMTP is configured: spring.mail.*).
ALTER TABLE agency ADD COLUMN email VARCHAR(200) CHECK (email IS NULL OR email ~ '^[^@\s]+@[^@\s]+$');
