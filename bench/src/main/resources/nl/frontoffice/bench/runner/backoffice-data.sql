-- Back-office benchmark data: staff, intakes, cases with their history, contact moments and callback
-- requests for the citizens the runner has just copied into table citizen (ids 1..${citizens}), in the
-- schema made by the application's own Flyway migrations. Run by BackofficeData, one statement at a
-- time (statements end with a semicolon at the end of a line; a line starting with "-- step:" names
-- the next step in the progress output). Placeholders: ${citizens}, ${cases}, ${today} (the day the
-- deadlines are spread around), ${heavy} (citizens 1..${heavy} get a large history).
--
-- Set-based (generate_series), pseudo-random from setseed, so a run with the same sizes on the same
-- day gives the same data. Foreign-key triggers are off during the load (session_replication_role);
-- BackofficeData checks the links afterwards.

SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '256MB';
SET TIME ZONE 'Europe/Amsterdam';
SELECT setseed(0.2026);
-- the number part of a reference: at least six digits, longer numbers keep all (as References.format)
CREATE FUNCTION pg_temp.ref_number(n BIGINT) RETURNS TEXT IMMUTABLE LANGUAGE SQL AS
    $$ SELECT CASE WHEN n < 1000000 THEN lpad(n::text, 6, '0') ELSE n::text END $$;

-- step: staff (team leads, consulenten, contact centre)
-- Teams and domains come from migration V2: 1 Team Wmo (WMO), 2 Team Jeugd (JEUGD), 3 Team Werk en
-- Inkomen (PARTICIPATIE, SCHULDHULPVERLENING). The contact centre (KCC) sits in team 3, as in the demo data.
CREATE TEMP TABLE gen_staff AS
SELECT row_number() OVER (ORDER BY t.team_id, t.role_order, k) AS id, t.team_id, t.role, k,
       'bench.' || t.tag || CASE t.role WHEN 'TEAMLEIDER' THEN '.lead' WHEN 'CONSULENT' THEN '.c' || lpad(k::text, 2, '0')
                                        ELSE '.' || lpad(k::text, 2, '0') END AS username,
       CASE t.role WHEN 'TEAMLEIDER' THEN 'Teamleider ' WHEN 'CONSULENT' THEN 'Consulent ' ELSE 'KCC-medewerker ' END
           || t.label || ' ' || k AS display_name
FROM (VALUES (1, 'wmo', 'Wmo', 1, 'TEAMLEIDER', 1), (1, 'wmo', 'Wmo', 2, 'CONSULENT', 15),
             (2, 'jeugd', 'Jeugd', 1, 'TEAMLEIDER', 1), (2, 'jeugd', 'Jeugd', 2, 'CONSULENT', 12),
             (3, 'wi', 'Werk en Inkomen', 1, 'TEAMLEIDER', 1), (3, 'wi', 'Werk en Inkomen', 2, 'CONSULENT', 20),
             (3, 'kcc', 'KCC', 3, 'KCC', 12)) AS t(team_id, tag, label, role_order, role, members)
CROSS JOIN LATERAL generate_series(1, t.members) AS k;

INSERT INTO staff_member (id, username, display_name, email, active, version)
SELECT id, username, display_name, username || '@voorbeeldstad.example', TRUE, 1 FROM gen_staff;
INSERT INTO staff_role (staff_member_id, role_code) SELECT id, role FROM gen_staff;
INSERT INTO staff_team (staff_member_id, team_id) SELECT id, team_id FROM gen_staff;

-- the consulenten of each team, numbered 0.. (to pick an assignee by number)
CREATE TEMP TABLE gen_handler AS
SELECT team_id, (row_number() OVER (PARTITION BY team_id ORDER BY id) - 1)::int AS n, id, username, display_name
FROM gen_staff WHERE role = 'CONSULENT';
CREATE TEMP TABLE gen_kcc AS
SELECT (row_number() OVER (ORDER BY id) - 1)::int AS n, id, username, display_name FROM gen_staff WHERE role = 'KCC';

-- step: intakes (1 to 3 questions each, each question one case)
-- Channel: web 70 % (the citizen, DigiD), phone 20 %, counter 10 % (registered by the contact centre).
-- 12 % of the intakes are recent (the last 80 days): their cases are mostly still open; the rest
-- spread over the three years before (their cases are closed, a few still open and long overdue).
-- Every 1000th intake belongs to one of the citizens 1..${heavy}: those have a large history.
CREATE TEMP TABLE gen_intake_raw AS
SELECT i AS id,
       CASE WHEN i % 1000 = 0 THEN (i / 1000) % ${heavy} + 1
            ELSE ${heavy} + 1 + floor(random() * (${citizens} - ${heavy}))::bigint END AS citizen_id,
       random() AS r_n, random() AS r_recent, random() AS r_age, random() AS r_channel, random() AS r_domain, random() AS r_staff
FROM generate_series(1, ceil(${cases} / 1.6)::bigint + 1000) AS i;

CREATE TEMP TABLE gen_intake AS
SELECT id, citizen_id, LEAST(n, ${cases} - case_offset)::int AS n, case_offset, recent, channel,
       -- the first question's domain (0 WMO 40 %, 1 JEUGD 20 %, 2 PARTICIPATIE 20 %, 3 SHV 20 %); the others follow it
       CASE WHEN r_domain < 0.4 THEN 0 WHEN r_domain < 0.6 THEN 1 WHEN r_domain < 0.8 THEN 2 ELSE 3 END AS first_domain,
       submitted_at, kcc_n
FROM (SELECT r.*, sum(n) OVER (ORDER BY id) - n AS case_offset, r_recent < 0.12 AS recent,
             CASE WHEN r_channel < 0.7 THEN 'WEB' WHEN r_channel < 0.9 THEN 'PHONE' ELSE 'COUNTER' END AS channel,
             -- office hours: 08:00 to 17:00 on the day
             (CASE WHEN r_recent < 0.12 THEN DATE '${today}' - floor(r_age * 80)::int
                   ELSE DATE '${today}' - 80 - floor(r_age * 1015)::int END
                  + make_interval(secs => 28800 + floor(random() * 32400)))::timestamptz AS submitted_at,
             floor(r_staff * 12)::int AS kcc_n
      FROM (SELECT *, CASE WHEN r_n < 0.5 THEN 1 WHEN r_n < 0.8 THEN 2 ELSE 3 END AS n FROM gen_intake_raw) r) x
WHERE case_offset < ${cases};
-- the last day's intakes may lie in the future for today's office hours: not later than now
UPDATE gen_intake SET submitted_at = LEAST(submitted_at, now() - interval '1 minute');
DROP TABLE gen_intake_raw;
ALTER TABLE gen_intake ADD PRIMARY KEY (id);

INSERT INTO intake (id, reference, citizen_id, channel, author_type, author_identifier, author_name, submitted_at,
                    submission_key, version, answers_version, source_draft_id, personal_data_verified, declared_at)
SELECT g.id, 'I-' || extract(year FROM g.submitted_at)::int || '-' || pg_temp.ref_number(g.id), g.citizen_id, g.channel,
       CASE WHEN g.channel = 'WEB' THEN 'CITIZEN' ELSE 'STAFF' END,
       CASE WHEN g.channel = 'WEB' THEN 'citizen' ELSE k.username END,
       CASE WHEN g.channel = 'WEB' THEN 'Inwoner' ELSE k.display_name END,
       g.submitted_at, NULL, 1, NULL, NULL, g.channel = 'WEB', CASE WHEN g.channel = 'WEB' THEN g.submitted_at END
FROM gen_intake g JOIN gen_kcc k ON k.n = g.kcc_n;

-- step: cases (one per question, with their current state)
-- Domains in an intake are distinct. Open: 85 % of the cases of recent intakes, 0.5 % of older ones.
-- Open cases: received 35 % (30 % of those assigned), then in progress / first conversation planned,
-- and decided (Wmo, Jeugd, Participatie); all but received ones have an assignee. 5 % of the cases
-- past "received" are suspended now, 7 % were suspended and resumed, 8 % (not debt help) extended.
-- Debt help (SHV) is urgent for 20 % (eviction, energy cut-off, ...): 3 working days instead of 4 weeks.
CREATE TEMP TABLE gen_case AS
SELECT g.case_offset + q AS id, g.id AS intake_id, g.citizen_id, q AS seq, g.submitted_at, g.recent,
       (g.first_domain + q - 1) % 4 AS d, random() AS r_open, random() AS r_status, random() AS r_assign,
       random() AS r_susp, random() AS r_ext, random() AS r_urgent, random() AS r_dur, random() AS r_handler,
       random() AS r_outcome, random() AS r_consent
FROM gen_intake g CROSS JOIN LATERAL generate_series(1, g.n) AS q;

CREATE TEMP TABLE gen_case2 AS
SELECT c.*, (ARRAY['WMO', 'JEUGD', 'PARTICIPATIE', 'SCHULDHULPVERLENING'])[d + 1] AS domain_code,
       (ARRAY['WMO_MELDING', 'JEUGD_AANVRAAG', 'PARTICIPATIE_AANVRAAG', 'SHV_AANMELDING'])[d + 1] AS case_type_code,
       (ARRAY[1, 2, 3, 3])[d + 1]::bigint AS team_id,
       (ARRAY[42, 56, 56, 28])[d + 1] AS term_days,
       (ARRAY[14, 28, 28, 0])[d + 1] AS extension_days,
       c.submitted_at::date AS start_date,
       d = 3 AND r_urgent < 0.2 AS urgent,
       CASE WHEN c.recent THEN r_open >= 0.15 ELSE r_open < 0.005 END AS is_open
FROM gen_case c;
DROP TABLE gen_case;

CREATE TEMP TABLE gen_case3 AS
SELECT c.*,
       -- sequence number of the current status (1 received, ..., 4 closed)
       CASE WHEN NOT is_open THEN 4 WHEN r_status < 0.35 THEN 1 WHEN r_status < (CASE WHEN d = 3 THEN 0.65 ELSE 0.85 END) THEN 2
            ELSE 3 END AS status_seq,
       CASE WHEN urgent THEN start_date + CASE extract(isodow FROM start_date)::int WHEN 1 THEN 3 WHEN 2 THEN 3 WHEN 6 THEN 4
                                                                          WHEN 7 THEN 3 ELSE 5 END
            ELSE start_date + term_days END AS base_deadline
FROM gen_case2 c;
DROP TABLE gen_case2;

CREATE TEMP TABLE gen_case4 AS
SELECT c.*,
       status_seq > 1 OR r_assign < 0.3 AS assigned,
       status_seq > 1 AND d <> 3 AND r_ext < 0.08 AS extended,
       is_open AND status_seq > 1 AND r_susp < 0.05 AS suspended_now,
       status_seq > 1 AND r_susp >= 0.05 AND r_susp < 0.12 AS resumed,
       1 + floor(r_susp * 100)::int % 8 AS resumed_days,
       -- when the case's story ends: closed on a day between its start and today; open: 80 % of the way to now
       CASE WHEN is_open THEN submitted_at + (now() - submitted_at) * 0.8
            ELSE submitted_at + GREATEST(LEAST(now() - interval '1 hour' - submitted_at, make_interval(days => term_days + 14)),
                                         interval '10 minutes') * (0.2 + 0.8 * r_dur) END AS span_end
FROM gen_case3 c;
DROP TABLE gen_case3;

CREATE TEMP TABLE gen_case_final AS
SELECT c.*, h.id AS assignee_id, h.username AS assignee_username, h.display_name AS assignee_name,
       (ARRAY['RECEIVED', CASE WHEN d = 3 THEN 'FIRST_CONVERSATION_PLANNED' ELSE 'IN_PROGRESS' END,
              CASE WHEN d = 3 THEN 'IN_PROGRESS' ELSE 'DECIDED' END, 'CLOSED'])[status_seq] AS status_code,
       base_deadline + CASE WHEN extended THEN extension_days ELSE 0 END
                     + CASE WHEN resumed THEN resumed_days + 2 * (resumed_days / 5) ELSE 0 END AS deadline,
       -- a decision before DECIDED (or before CLOSED for cases closed without passing DECIDED: none here)
       d <> 3 AND status_seq >= 3 AS decided,
       -- just before the step to DECIDED (the last step when DECIDED is the current status), after the one before
       submitted_at + (span_end - submitted_at) * (CASE WHEN status_seq = 3 THEN 1.0 ELSE 0.1 + 0.9 * 2.0 / 3 END - 0.01)
           AS decision_at
FROM gen_case4 c
LEFT JOIN gen_handler h ON c.assigned AND h.team_id = c.team_id
     AND h.n = floor(c.r_handler * (CASE c.team_id WHEN 1 THEN 15 WHEN 2 THEN 12 ELSE 20 END))::int;
DROP TABLE gen_case4;
ALTER TABLE gen_case_final ADD PRIMARY KEY (id);

INSERT INTO case_file (id, reference, intake_id, citizen_id, case_type_code, status_code, urgent, start_date, deadline,
                       assignee_id, team_id, version, consent_to_share, domain_code, is_open, closed_on,
                       handling_working_days, suspended_since, suspension_reason, suspended_working_days, extended_on,
                       extension_reason, decision_outcome, decision_text, decided_at)
SELECT id, 'Z-' || extract(year FROM submitted_at)::int || '-' || pg_temp.ref_number(id), intake_id, citizen_id,
       case_type_code, status_code, urgent, start_date, deadline, assignee_id, CASE WHEN assigned THEN team_id END,
       1 + (CASE WHEN assigned THEN 1 ELSE 0 END) + (status_seq - 1) + (CASE WHEN extended THEN 1 ELSE 0 END)
         + (CASE WHEN suspended_now THEN 1 ELSE 0 END) + (CASE WHEN resumed THEN 2 ELSE 0 END)
         + (CASE WHEN decided THEN 1 ELSE 0 END),
       r_consent < 0.7, domain_code, is_open,
       CASE WHEN NOT is_open THEN span_end::date END,
       CASE WHEN NOT is_open THEN ((span_end::date - start_date) * 5) / 7 END,
       CASE WHEN suspended_now THEN (span_end + (now() - span_end) / 2)::date END,
       CASE WHEN suspended_now THEN 'Wacht op gegevens van de inwoner' END,
       CASE WHEN resumed THEN resumed_days ELSE 0 END,
       CASE WHEN extended THEN (submitted_at + (span_end - submitted_at) * 0.3)::date END,
       CASE WHEN extended THEN 'Advies van de GGD-arts is nodig' END,
       CASE WHEN decided THEN CASE WHEN r_outcome < 0.6 THEN 'GRANTED' WHEN r_outcome < 0.7 THEN 'PARTLY_GRANTED'
                                   WHEN r_outcome < 0.85 THEN 'REFUSED' WHEN r_outcome < 0.9 THEN 'NOT_CONSIDERED'
                                   ELSE 'WITHDRAWN' END END,
       CASE WHEN decided THEN 'Besluit volgens het onderzoeksverslag' END,
       CASE WHEN decided THEN decision_at END
FROM gen_case_final;

-- step: intake questions (one per case; urgency reasons of the urgent debt-help questions)
INSERT INTO intake_question (id, intake_id, sequence_number, domain_code, description, case_file_id)
SELECT id, intake_id, seq, domain_code,
       CASE d WHEN 0 THEN 'Ik kan het huishouden niet meer alleen doen.' WHEN 1 THEN 'Onze zoon heeft hulp nodig op school.'
              WHEN 2 THEN 'Ik heb geen inkomen meer sinds mijn ontslag.' ELSE 'Ik heb betalingsachterstanden.' END, id
FROM gen_case_final;
INSERT INTO intake_question_urgency (question_id, reason_code)
SELECT id, CASE WHEN r_urgent < 0.1 THEN 'EVICTION' WHEN r_urgent < 0.15 THEN 'ENERGY_CUT_OFF'
                WHEN r_urgent < 0.17 THEN 'WATER_CUT_OFF' ELSE 'HEALTH_INSURANCE_ENDED' END
FROM gen_case_final WHERE urgent;

-- step: case history (opened, assigned, every status step, suspension, extension, decision)
-- Times: opened at the intake; assigned at 10 % of the case's story; status steps spread over the
-- rest, the last one at its end; an earlier suspension from 15 % to 25 % (before any step), an
-- extension at 30 %, a current suspension half-way from the last step to now, the decision just before DECIDED.
CREATE TEMP TABLE gen_history AS
SELECT id AS case_file_id, 0 AS ord, NULL::varchar AS from_status_code, 'RECEIVED'::varchar AS to_status_code,
       'SYSTEM'::varchar AS changed_by_type, 'system'::varchar AS changed_by_identifier,
       'Frontoffice'::varchar AS changed_by_name, submitted_at AS changed_at, NULL::varchar AS reason,
       'STATUS_CHANGED'::varchar AS kind, NULL::varchar AS detail
FROM gen_case_final
UNION ALL
SELECT id, 1, 'RECEIVED', 'RECEIVED', 'STAFF', assignee_username, assignee_name,
       submitted_at + (span_end - submitted_at) * 0.1, NULL, 'ASSIGNED', assignee_username
FROM gen_case_final WHERE assigned
UNION ALL
SELECT id, 2, 'RECEIVED', 'RECEIVED', 'STAFF', assignee_username, assignee_name,
       submitted_at + (span_end - submitted_at) * 0.15, 'Wacht op gegevens van de inwoner', 'SUSPENDED', NULL
FROM gen_case_final WHERE resumed
UNION ALL
SELECT id, 3, 'RECEIVED', 'RECEIVED', 'STAFF', assignee_username, assignee_name,
       submitted_at + (span_end - submitted_at) * 0.25, NULL, 'RESUMED', deadline::text
FROM gen_case_final WHERE resumed
UNION ALL
SELECT c.id, 4 + s.sequence_number, p.code, s.code, 'STAFF', c.assignee_username, c.assignee_name,
       CASE WHEN s.sequence_number = c.status_seq THEN c.span_end
            ELSE c.submitted_at + (c.span_end - c.submitted_at) * (0.1 + 0.9 * (s.sequence_number - 1.0) / (c.status_seq - 1)) END,
       NULL, 'STATUS_CHANGED', NULL
FROM gen_case_final c
JOIN case_status s ON s.case_type_code = c.case_type_code AND s.sequence_number BETWEEN 2 AND c.status_seq
JOIN case_status p ON p.case_type_code = c.case_type_code AND p.sequence_number = s.sequence_number - 1
UNION ALL
SELECT id, 4, 'RECEIVED', 'RECEIVED', 'STAFF', assignee_username, assignee_name,
       submitted_at + (span_end - submitted_at) * 0.3, 'Advies van de GGD-arts is nodig', 'EXTENDED', deadline::text
FROM gen_case_final WHERE extended
UNION ALL
SELECT id, 7, 'IN_PROGRESS', 'IN_PROGRESS', 'STAFF', assignee_username, assignee_name, decision_at, NULL,
       'DECISION_RECORDED', CASE WHEN r_outcome < 0.6 THEN 'GRANTED' WHEN r_outcome < 0.7 THEN 'PARTLY_GRANTED'
                                 WHEN r_outcome < 0.85 THEN 'REFUSED' WHEN r_outcome < 0.9 THEN 'NOT_CONSIDERED'
                                 ELSE 'WITHDRAWN' END
FROM gen_case_final WHERE decided
UNION ALL
SELECT id, 20, status_code, status_code, 'STAFF', assignee_username, assignee_name,
       span_end + (now() - span_end) / 2, 'Wacht op gegevens van de inwoner', 'SUSPENDED', NULL
FROM gen_case_final WHERE suspended_now;

INSERT INTO case_status_change (id, case_file_id, from_status_code, to_status_code, changed_by_type,
                                changed_by_identifier, changed_by_name, changed_at, reason, kind, detail)
SELECT row_number() OVER (ORDER BY case_file_id, changed_at, ord), case_file_id, from_status_code, to_status_code,
       changed_by_type, changed_by_identifier, changed_by_name, changed_at, reason, kind, detail
FROM gen_history;
DROP TABLE gen_history;

-- step: contact moments (the intake's own, follow-up calls and mails about a case, general questions)
-- One per intake, on its channel, linked to its cases (as the intake service writes it); 0.4 per case
-- about that case (phone 60 %, e-mail 25 %, counter 10 %, post 5 %), registered by the contact centre
-- or the case's assignee; 0.05 per case without a case (a general question).
INSERT INTO contact_moment (id, citizen_id, channel, subject, outcome, occurred_at, registered_by_type,
                            registered_by_identifier, registered_by_name, version)
SELECT g.id, g.citizen_id, g.channel, 'Aanmelding I-' || extract(year FROM g.submitted_at)::int || '-' || pg_temp.ref_number(g.id),
       'Zaken geopend: ' || (SELECT string_agg('Z-' || extract(year FROM g.submitted_at)::int || '-' || pg_temp.ref_number(g.case_offset + q), ', ')
                             FROM generate_series(1, g.n) q),
       g.submitted_at,
       CASE WHEN g.channel = 'WEB' THEN 'CITIZEN' ELSE 'STAFF' END,
       CASE WHEN g.channel = 'WEB' THEN 'citizen' ELSE k.username END,
       CASE WHEN g.channel = 'WEB' THEN 'Inwoner' ELSE k.display_name END, 1
FROM gen_intake g JOIN gen_kcc k ON k.n = g.kcc_n;
INSERT INTO contact_moment_case (contact_moment_id, case_file_id)
SELECT intake_id, id FROM gen_case_final;

CREATE TEMP TABLE gen_followup AS
SELECT (SELECT max(id) FROM gen_intake) + row_number() OVER (ORDER BY c.id) AS id, c.id AS case_file_id, c.citizen_id,
       c.submitted_at + (c.span_end - c.submitted_at) * r_when AS occurred_at,
       CASE WHEN r_channel < 0.6 THEN 'PHONE' WHEN r_channel < 0.85 THEN 'EMAIL' WHEN r_channel < 0.95 THEN 'COUNTER' ELSE 'POST' END AS channel,
       floor(r_subject * 5)::int AS subject_n, c.assignee_username, c.assignee_name, r_who, floor(r_who * 12)::int AS kcc_n
FROM (SELECT c.*, random() AS r_pick, random() AS r_when, random() AS r_channel, random() AS r_subject, random() AS r_who
      FROM gen_case_final c) c
WHERE c.r_pick < 0.4;

INSERT INTO contact_moment (id, citizen_id, channel, subject, outcome, occurred_at, registered_by_type,
                            registered_by_identifier, registered_by_name, version)
SELECT f.id, f.citizen_id, f.channel,
       (ARRAY['Vraag over de stand van zaken', 'Nagekomen documenten', 'Vraag over de termijn', 'Wijziging van gegevens',
              'Klacht over de bereikbaarheid'])[f.subject_n + 1],
       (ARRAY['Uitgelegd waar de zaak staat en wat de volgende stap is.', 'Documenten ontvangen en bij de zaak gevoegd.',
              'Termijn en mogelijke verlenging uitgelegd.', 'Gegevens doorgegeven aan de consulent.',
              'Excuses aangeboden; de consulent belt terug.'])[f.subject_n + 1],
       f.occurred_at, 'STAFF',
       CASE WHEN f.assignee_username IS NOT NULL AND f.r_who < 0.3 THEN f.assignee_username ELSE k.username END,
       CASE WHEN f.assignee_username IS NOT NULL AND f.r_who < 0.3 THEN f.assignee_name ELSE k.display_name END, 1
FROM gen_followup f JOIN gen_kcc k ON k.n = f.kcc_n;
INSERT INTO contact_moment_case (contact_moment_id, case_file_id) SELECT id, case_file_id FROM gen_followup;

INSERT INTO contact_moment (id, citizen_id, channel, subject, outcome, occurred_at, registered_by_type,
                            registered_by_identifier, registered_by_name, version)
SELECT (SELECT max(id) FROM gen_followup) + i, 1 + floor(random() * ${citizens})::bigint,
       CASE WHEN random() < 0.7 THEN 'PHONE' ELSE 'COUNTER' END, 'Algemene vraag over ondersteuning',
       'Informatie gegeven over de mogelijkheden.', now() - make_interval(secs => floor(random() * 3 * 365 * 86400)),
       'STAFF', k.username, k.display_name, 1
FROM generate_series(1, ${cases} / 20) AS i JOIN gen_kcc k ON k.n = i % 12;
DROP TABLE gen_followup;

-- step: callback requests (one per 50 cases; 75 % done)
INSERT INTO callback_request (id, citizen_id, team_id, phone, question, due_date, contact_moment_id, requested_at,
                              requested_by_type, requested_by_identifier, requested_by_name, status, completed_at,
                              completed_by_type, completed_by_identifier, completed_by_name, completion_note, version)
SELECT i, c.citizen_id, c.team_id, '06 ' || lpad((10000000 + i)::text, 8, '0'), 'Wil weten wanneer het besluit komt.',
       (c.requested_at + interval '2 days')::date, NULL, c.requested_at, 'STAFF', k.username, k.display_name,
       CASE WHEN c.done THEN 'DONE' ELSE 'OPEN' END,
       CASE WHEN c.done THEN c.requested_at + interval '1 day' END,
       CASE WHEN c.done THEN 'STAFF' END, CASE WHEN c.done THEN h.username END, CASE WHEN c.done THEN h.display_name END,
       CASE WHEN c.done THEN 'Teruggebeld; vraag beantwoord.' END, CASE WHEN c.done THEN 2 ELSE 1 END
FROM (SELECT row_number() OVER (ORDER BY id) AS i, citizen_id, team_id, LEAST(span_end, now() - interval '3 days') AS requested_at,
             random() < 0.75 OR span_end < now() - interval '10 days' AS done, floor(random() * 12)::int AS kcc_n
      FROM gen_case_final WHERE id % 50 = 7) c
JOIN gen_kcc k ON k.n = c.kcc_n
JOIN gen_handler h ON h.team_id = c.team_id AND h.n = 0;

-- step: citizens registered at their first intake (or, without one, some time in the last three years)
UPDATE citizen c SET created_at = f.first_at
FROM (SELECT citizen_id, min(submitted_at) AS first_at FROM gen_intake GROUP BY citizen_id) f WHERE f.citizen_id = c.id;

-- step: sequences past the generated ids (the application takes blocks of 50 from nextval)
SELECT setval('citizen_seq', (SELECT max(id) + 1 FROM citizen), false);
SELECT setval('staff_member_seq', (SELECT max(id) + 1 FROM staff_member), false);
SELECT setval('intake_seq', (SELECT max(id) + 1 FROM intake), false);
SELECT setval('intake_question_seq', (SELECT max(id) + 1 FROM intake_question), false);
SELECT setval('case_file_seq', (SELECT max(id) + 1 FROM case_file), false);
SELECT setval('case_status_change_seq', (SELECT max(id) + 1 FROM case_status_change), false);
SELECT setval('contact_moment_seq', (SELECT max(id) + 1 FROM contact_moment), false);
SELECT setval('callback_request_seq', (SELECT max(id) + 1 FROM callback_request), false);
SET session_replication_role = origin;
