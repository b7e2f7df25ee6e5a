-- Case handling in the back office and Mijn zaken: what a citizen sees of each status, the allowed
-- moves, suspension, a single extension, the decision, internal notes, and the deadline watch.
-- Portable SQL (H2 2.2 and PostgreSQL 15), like V1-V6.

-- ---------------------------------------------------------------------------------------------
-- Case types: the term by which a case may be extended once (Awb art. 4:14: "a reasonable term",
-- set per case type by the municipality). NULL: the law allows no extension (Wgs art. 4a).
ALTER TABLE case_type ADD COLUMN extension_amount INTEGER;
ALTER TABLE case_type ADD COLUMN extension_unit VARCHAR(20);
ALTER TABLE case_type ADD CONSTRAINT ck_case_type_extension CHECK (
    (extension_amount IS NULL AND extension_unit IS NULL)
    OR (extension_amount > 0 AND extension_unit IS NOT NULL));
-- lets case_file carry its domain with a foreign key that keeps it equal to its case type's
ALTER TABLE case_type ADD CONSTRAINT uq_case_type_code_domain UNIQUE (code, domain_code);

UPDATE case_type SET extension_amount = 2, extension_unit = 'WEEKS' WHERE code = 'WMO_MELDING';
UPDATE case_type SET extension_amount = 4, extension_unit = 'WEEKS' WHERE code = 'JEUGD_AANVRAAG';
UPDATE case_type SET extension_amount = 4, extension_unit = 'WEEKS' WHERE code = 'PARTICIPATIE_AANVRAAG';

-- ---------------------------------------------------------------------------------------------
-- Statuses, as the citizen sees them:
--   citizen_label_key   the label in Mijn zaken and in mails (bundle DomainMessages)
--   next_step_key       "what happens next" in Mijn zaken
--   visible_to_citizen  FALSE: an internal status; Mijn zaken shows the last visible one instead
--   notify_citizen      a move INTO this status mails the citizen (not the initial one: the intake
--                       confirmation says it all)
--   requires_decision   a case moves into this status only once its decision is recorded
-- The allowed moves are the order of sequence_number: a case moves to the next status of its type.
ALTER TABLE case_status ADD COLUMN citizen_label_key VARCHAR(100);
ALTER TABLE case_status ADD COLUMN next_step_key VARCHAR(100);
ALTER TABLE case_status ADD COLUMN visible_to_citizen BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE case_status ADD COLUMN notify_citizen BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE case_status ADD COLUMN requires_decision BOOLEAN DEFAULT FALSE NOT NULL;

UPDATE case_status SET citizen_label_key = 'citizenstatus.' || code, next_step_key = 'nextstep.' || code;
UPDATE case_status SET notify_citizen = FALSE WHERE is_initial = TRUE;
UPDATE case_status SET requires_decision = TRUE WHERE code = 'DECIDED';
ALTER TABLE case_status ALTER COLUMN citizen_label_key SET NOT NULL;
ALTER TABLE case_status ALTER COLUMN next_step_key SET NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Cases.
--   domain_code             copy of the case type's domain (kept equal by a foreign key): the
--                           worklist filters on it without a join, through the indexes below
--   is_open                 FALSE once the case reached a terminal status; an equality the indexes
--                           below can order by (PostgreSQL does not order an index scan after
--                           "closed_on IS NULL", it does after "is_open = TRUE")
--   closed_on               the day the case reached a terminal status; NULL while open
--   handling_working_days   working days from start_date to closed_on (the dashboard's median);
--                           NULL for cases closed before this migration
--   suspended_since         the day a suspension began; NULL when the case is not suspended
--   suspended_working_days  all suspended working days so far (each resume moved the deadline by its part)
--   extended_on             the day of the one extension (NULL: not extended)
--   decision_*              the decision: an outcome code, its text, when
ALTER TABLE case_file ADD COLUMN domain_code VARCHAR(30);
UPDATE case_file SET domain_code = (SELECT t.domain_code FROM case_type t WHERE t.code = case_file.case_type_code);
ALTER TABLE case_file ALTER COLUMN domain_code SET NOT NULL;
ALTER TABLE case_file ADD COLUMN is_open BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE case_file ADD COLUMN closed_on DATE;
ALTER TABLE case_file ADD COLUMN handling_working_days INTEGER;
ALTER TABLE case_file ADD COLUMN suspended_since DATE;
ALTER TABLE case_file ADD COLUMN suspension_reason VARCHAR(1000);
ALTER TABLE case_file ADD COLUMN suspended_working_days INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE case_file ADD COLUMN extended_on DATE;
ALTER TABLE case_file ADD COLUMN extension_reason VARCHAR(1000);
ALTER TABLE case_file ADD COLUMN decision_outcome VARCHAR(30);
ALTER TABLE case_file ADD COLUMN decision_text VARCHAR(4000);
ALTER TABLE case_file ADD COLUMN decided_at TIMESTAMP WITH TIME ZONE;
-- cases closed before this migration: the day of their last history entry
UPDATE case_file SET closed_on = (SELECT CAST(MAX(h.changed_at) AS DATE) FROM case_status_change h
                                  WHERE h.case_file_id = case_file.id)
WHERE EXISTS (SELECT 1 FROM case_status s WHERE s.case_type_code = case_file.case_type_code
              AND s.code = case_file.status_code AND s.is_terminal = TRUE);
UPDATE case_file SET is_open = FALSE WHERE closed_on IS NOT NULL;
ALTER TABLE case_file ADD CONSTRAINT ck_case_file_open CHECK (
    (is_open = TRUE AND closed_on IS NULL) OR (is_open = FALSE AND closed_on IS NOT NULL));
ALTER TABLE case_file ADD CONSTRAINT ck_case_file_suspension CHECK (
    (suspended_since IS NULL AND suspension_reason IS NULL)
    OR (suspended_since IS NOT NULL AND suspension_reason IS NOT NULL));
ALTER TABLE case_file ADD CONSTRAINT ck_case_file_extension CHECK (
    (extended_on IS NULL AND extension_reason IS NULL)
    OR (extended_on IS NOT NULL AND extension_reason IS NOT NULL));
ALTER TABLE case_file ADD CONSTRAINT ck_case_file_decision CHECK (
    (decision_outcome IS NULL AND decided_at IS NULL)
    OR (decision_outcome IS NOT NULL AND decided_at IS NOT NULL));
ALTER TABLE case_file ADD CONSTRAINT ck_case_file_suspended_days CHECK (suspended_working_days >= 0);
ALTER TABLE case_file ADD CONSTRAINT fk_case_file_type_domain
    FOREIGN KEY (case_type_code, domain_code) REFERENCES case_type (code, domain_code);

-- ---------------------------------------------------------------------------------------------
-- History: besides status changes, every other change of a case is an entry too (kind); for those
-- from_status_code = to_status_code = the status at that moment, and detail says what changed
-- (e.g. the new deadline, the assignee's username, the decision's outcome code).
ALTER TABLE case_status_change ADD COLUMN kind VARCHAR(20) DEFAULT 'STATUS_CHANGED' NOT NULL;
ALTER TABLE case_status_change ADD COLUMN detail VARCHAR(200);
ALTER TABLE case_status_change ADD CONSTRAINT ck_case_status_change_kind CHECK (
    kind IN ('STATUS_CHANGED', 'ASSIGNED', 'SUSPENDED', 'RESUMED', 'EXTENDED', 'DECISION_RECORDED'));

-- ---------------------------------------------------------------------------------------------
-- Internal notes of staff on a case: never shown to the citizen, never in a mail.
CREATE SEQUENCE case_note_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_note (
    id                       BIGINT                   NOT NULL,
    case_file_id             BIGINT                   NOT NULL,
    author_type              VARCHAR(20)              NOT NULL,
    author_identifier        VARCHAR(100)             NOT NULL,
    author_name              VARCHAR(200)             NOT NULL,
    written_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    note_text                VARCHAR(4000)            NOT NULL,
    CONSTRAINT pk_case_note PRIMARY KEY (id)
);
ALTER TABLE case_note ADD CONSTRAINT fk_case_note_case_file
    FOREIGN KEY (case_file_id) REFERENCES case_file (id);
CREATE INDEX ix_case_note_case_file ON case_note (case_file_id);

-- ---------------------------------------------------------------------------------------------
-- The deadline watch: one row per case, event (DUE_SOON, OVERDUE) and deadline that was flagged and
-- mailed. The unique key is what makes "never twice" hold across restarts and cluster members: a
-- second member inserting the same row fails and rolls back its mail with it. A moved deadline
-- (resume, extension) is a new deadline and may be flagged again.
CREATE SEQUENCE case_deadline_notice_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE case_deadline_notice (
    id                       BIGINT                   NOT NULL,
    case_file_id             BIGINT                   NOT NULL,
    event                    VARCHAR(20)              NOT NULL,
    deadline                 DATE                     NOT NULL,
    flagged_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    recipients               INTEGER                  NOT NULL,
    CONSTRAINT pk_case_deadline_notice PRIMARY KEY (id),
    CONSTRAINT uq_case_deadline_notice UNIQUE (case_file_id, event, deadline),
    CONSTRAINT ck_case_deadline_notice_event CHECK (event IN ('DUE_SOON', 'OVERDUE')),
    CONSTRAINT ck_case_deadline_notice_recipients CHECK (recipients >= 0)
);
ALTER TABLE case_deadline_notice ADD CONSTRAINT fk_case_deadline_notice_case_file
    FOREIGN KEY (case_file_id) REFERENCES case_file (id);

-- ---------------------------------------------------------------------------------------------
-- Indexes for the worklist, the watch and the dashboard at a million cases.
--
-- The worklist filters on one domain at a time (domain_code = ?; the service runs one query per
-- domain of the caller's teams and merges, because with "domain_code IN (...)" PostgreSQL sorts
-- instead of reading an index in order) and, by default, on open cases (is_open = TRUE), and pages
-- in deadline order. Measured on PostgreSQL 15 with 1,000,000 cases (100,000 open), 2 cores:
--   ix_case_file_worklist (domain_code, is_open, deadline, id, suspended_since)
--       page 1 of a domain read in order from the index: 0.3 ms; its count, and the dashboard's
--       overdue / due soon / suspended counts, from the index alone (suspended_since is the last
--       column for that): 3-7 ms. The id makes the order total (stable paging).
--   ix_case_file_domain_status (domain_code, is_open, status_code, deadline, id)
--       a status filter, in deadline order again (2.5 ms), its count and the dashboard's count per
--       status, from the index alone (1-4 ms).
--   ix_case_file_assignee_open (assignee_id, is_open, deadline)
--       "mine" and "assigned to" (H2 keeps ix_case_file_assignee for the foreign key, so it stays).
--   ix_case_file_open_deadline (is_open, deadline)
--       the deadline watch across all domains (1 ms for 500 candidates); replaces the single-column
--       deadline index.
--   ix_case_file_handling (domain_code, handling_working_days)
--       the median handling time: a count per number of days from the index alone (25 ms).
-- Deep pages (offset 10,000) take about 0.1 s; nobody pages that far in a worklist. Each index costs
-- a little on every insert and change of a case; these are the ones the queries above use.
DROP INDEX ix_case_file_deadline;
CREATE INDEX ix_case_file_worklist ON case_file (domain_code, is_open, deadline, id, suspended_since);
CREATE INDEX ix_case_file_domain_status ON case_file (domain_code, is_open, status_code, deadline, id);
CREATE INDEX ix_case_file_assignee_open ON case_file (assignee_id, is_open, deadline);
CREATE INDEX ix_case_file_open_deadline ON case_file (is_open, deadline);
CREATE INDEX ix_case_file_handling ON case_file (domain_code, handling_working_days);
