-- Registry (issue #4): effective-dated agencies, roles and who holds them, administrative units
-- and their 2025 merger, the obligations calendar, notifications, working days and meetings.
-- The regulations themselves are data files (classpath:regulations/*.json), not tables.

-- Agencies gain a parent, effective dates and a successor. Existing rows stay valid from the
-- beginning of time, so the security module keeps working unchanged.
ALTER TABLE agency ADD COLUMN parent_id    BIGINT REFERENCES agency (id);
ALTER TABLE agency ADD COLUMN valid_from   DATE NOT NULL DEFAULT DATE '1945-09-02';
ALTER TABLE agency ADD COLUMN valid_to     DATE;
ALTER TABLE agency ADD COLUMN successor_id BIGINT REFERENCES agency (id);
ALTER TABLE agency ADD CONSTRAINT agency_valid_range CHECK (valid_to IS NULL OR valid_to >= valid_from);

-- A role (vai trò) is what the regulations address: "Sở Lao động - Thương binh và Xã hội" is the
-- provincial labour authority; since 01/03/2025 the Sở Nội vụ holds that role.
CREATE TABLE registry_role (
    code       VARCHAR(64)  PRIMARY KEY CHECK (code ~ '^[a-z_]+(\.(central|province))?$'),
    level      VARCHAR(16)  NOT NULL CHECK (level IN ('central', 'province', 'commune')),
    name_vi    VARCHAR(300) NOT NULL,
    name_en    VARCHAR(300) NOT NULL
);

-- Which agency holds a role, where (province code; NULL for central roles) and when.
CREATE TABLE role_assignment (
    id            BIGSERIAL PRIMARY KEY,
    role_code     VARCHAR(64) NOT NULL REFERENCES registry_role (code),
    province_code VARCHAR(2),
    agency_id     BIGINT      NOT NULL REFERENCES agency (id),
    valid_from    DATE        NOT NULL,
    valid_to      DATE,
    basis         VARCHAR(300) NOT NULL DEFAULT '',
    CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX role_assignment_lookup ON role_assignment (role_code, province_code, valid_from);

-- Administrative units (đơn vị hành chính). Codes are unique only together with the date they
-- took effect: pre-2025 Quảng Ngãi and post-2025 Quảng Ngãi are both "51".
CREATE TABLE admin_unit (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(5)   NOT NULL,
    level       VARCHAR(16)  NOT NULL CHECK (level IN ('province', 'district', 'commune')),
    name_vi     VARCHAR(200) NOT NULL,
    parent_id   BIGINT REFERENCES admin_unit (id),
    valid_from  DATE         NOT NULL,
    valid_to    DATE,
    source      VARCHAR(300) NOT NULL,
    UNIQUE (code, level, valid_from)
);

-- Old unit → the unit it merged into (sáp nhập), with the date.
CREATE TABLE admin_unit_succession (
    predecessor_id BIGINT NOT NULL REFERENCES admin_unit (id),
    successor_id   BIGINT NOT NULL REFERENCES admin_unit (id),
    effective_on   DATE   NOT NULL,
    basis          VARCHAR(300) NOT NULL,
    PRIMARY KEY (predecessor_id, successor_id)
);

-- One obligation instance: a duty of a regulation for one period, in one province (NULL = the
-- centre). Roles are stored, not agencies: who holds them is resolved on the due date.
CREATE TABLE obligation_instance (
    id              BIGSERIAL PRIMARY KEY,
    duty_id         VARCHAR(64)  NOT NULL,
    regulation      VARCHAR(64)  NOT NULL,
    article         VARCHAR(32)  NOT NULL,
    province_code   VARCHAR(2),
    scope_key       VARCHAR(2)   NOT NULL,
    from_role       VARCHAR(64)  NOT NULL REFERENCES registry_role (code),
    to_role         VARCHAR(64)  NOT NULL REFERENCES registry_role (code),
    kind            VARCHAR(32)  NOT NULL,
    dataset         VARCHAR(64),
    title_vi        VARCHAR(500) NOT NULL,
    title_en        VARCHAR(500) NOT NULL,
    year            INT          NOT NULL,
    period          VARCHAR(16)  NOT NULL,
    window_start    DATE,
    due_date        DATE         NOT NULL,
    status          VARCHAR(16)  NOT NULL CHECK (status IN ('upcoming', 'due', 'fulfilled', 'overdue', 'waived')),
    fulfilled_at    TIMESTAMPTZ,
    fulfilled_late  BOOLEAN,
    fulfilment_kind VARCHAR(32),
    fulfilment_ref  VARCHAR(200),
    waived_reason   VARCHAR(1000),
    reminded        BOOLEAN      NOT NULL DEFAULT FALSE,
    UNIQUE (duty_id, scope_key, from_role, to_role, period, year)
);
CREATE INDEX obligation_instance_year ON obligation_instance (year, scope_key);
CREATE INDEX obligation_instance_open ON obligation_instance (status, due_date);

-- In-app notifications (the bell): reminders before due dates, overdue notices, meeting notices.
CREATE TABLE notification (
    id          BIGSERIAL PRIMARY KEY,
    agency_id   BIGINT       NOT NULL REFERENCES agency (id),
    kind        VARCHAR(32)  NOT NULL,
    message_vi  VARCHAR(1000) NOT NULL,
    message_en  VARCHAR(1000) NOT NULL,
    link        VARCHAR(300),
    created_at  TIMESTAMPTZ  NOT NULL,
    read_at     TIMESTAMPTZ
);
CREATE INDEX notification_agency ON notification (agency_id, read_at);

-- Public holidays (ngày nghỉ lễ, Tết) and make-up working Saturdays, editable by administrators.
CREATE TABLE public_holiday (
    day         DATE         PRIMARY KEY,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('holiday', 'working_day')),
    name_vi     VARCHAR(200) NOT NULL,
    name_en     VARCHAR(200) NOT NULL,
    source      VARCHAR(300) NOT NULL
);

-- Meetings (họp, giao ban, hội nghị) of the coordination regulations.
CREATE TABLE meeting (
    id                 BIGSERIAL PRIMARY KEY,
    duty_id            VARCHAR(64),
    instance_id        BIGINT REFERENCES obligation_instance (id),
    province_code      VARCHAR(2),
    title              VARCHAR(500) NOT NULL,
    extraordinary      BOOLEAN      NOT NULL DEFAULT FALSE,
    scheduled_on       DATE         NOT NULL,
    host_agency_id     BIGINT       NOT NULL REFERENCES agency (id),
    status             VARCHAR(16)  NOT NULL CHECK (status IN ('planned', 'held', 'cancelled')),
    minutes            TEXT         NOT NULL DEFAULT '',
    conclusions        TEXT         NOT NULL DEFAULT '',
    conclusions_sent_at TIMESTAMPTZ,
    created_at         TIMESTAMPTZ  NOT NULL
);

CREATE TABLE meeting_participant (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    agency_id  BIGINT NOT NULL REFERENCES agency (id),
    PRIMARY KEY (meeting_id, agency_id)
);

CREATE TABLE meeting_agenda_item (
    meeting_id BIGINT       NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position   INT          NOT NULL,
    text       VARCHAR(1000) NOT NULL,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE meeting_action_item (
    id              BIGSERIAL PRIMARY KEY,
    meeting_id      BIGINT        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    text            VARCHAR(1000) NOT NULL,
    owner_agency_id BIGINT        NOT NULL REFERENCES agency (id),
    due_date        DATE          NOT NULL,
    done_at         TIMESTAMPTZ
);
