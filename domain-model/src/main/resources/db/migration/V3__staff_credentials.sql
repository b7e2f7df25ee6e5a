-- Staff passwords, kept apart from staff_member: the staff member is read everywhere (histories,
-- assignments, worklists), the password hash only by the login. Portable SQL (H2 2.2 and
-- PostgreSQL 15), like V1 and V2.
--
-- password_hash is what Jakarta Security's Pbkdf2PasswordHash generates:
--   PBKDF2WithHmacSHA256:<iterations>:<base64 salt>:<base64 hash>
-- (at least 210000 iterations, a 32-byte salt and a 32-byte hash; about 110 characters, room for
-- stronger parameters later). A password itself is never stored.
--
-- failed_attempts counts the wrong passwords since the last successful login; the fifth locks the
-- account until locked_until (15 minutes). A row exists only for staff members who have a
-- password; one without a row cannot log in with a password.

CREATE TABLE staff_credential (
    staff_member_id          BIGINT                   NOT NULL,
    password_hash            VARCHAR(512)             NOT NULL,
    changed_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    failed_attempts          INTEGER DEFAULT 0        NOT NULL,
    locked_until             TIMESTAMP WITH TIME ZONE,
    last_login_at            TIMESTAMP WITH TIME ZONE,
    version                  BIGINT                   NOT NULL,
    CONSTRAINT pk_staff_credential PRIMARY KEY (staff_member_id),
    CONSTRAINT ck_staff_credential_failed_attempts CHECK (failed_attempts >= 0)
);

ALTER TABLE staff_credential ADD CONSTRAINT fk_staff_credential_staff_member
    FOREIGN KEY (staff_member_id) REFERENCES staff_member (id);
