--liquibase formatted sql
--changeset tickets4j:3
-- Tickets4j 0.2 tenants for H2 2.x. Flyway: location classpath:db/tickets4j/h2. Liquibase: include this file after
-- V2 as formatted SQL.
-- Every row belongs to a tenant (tenant_id, TenantId in Java); the rows already there go to 'default', the tenant of
-- hosts that serve a single company. tenant_id leads every primary key, unique key and index, so each statement
-- reads one tenant's range, and the child tables (tags, history) reference their ticket by (tenant_id, id).

-- Constant defaults fill the existing rows; new rows must name their tenant.
alter table t4j_ticket add column tenant_id varchar(100) default 'default' not null;
alter table t4j_ticket_tag add column tenant_id varchar(100) default 'default' not null;
alter table t4j_timeline_entry add column tenant_id varchar(100) default 'default' not null;
alter table t4j_status_count add column tenant_id varchar(100) default 'default' not null;
alter table t4j_number_counter add column tenant_id varchar(100) default 'default' not null;
alter table t4j_ticket alter column tenant_id drop default;
alter table t4j_ticket_tag alter column tenant_id drop default;
alter table t4j_timeline_entry alter column tenant_id drop default;
alter table t4j_status_count alter column tenant_id drop default;
alter table t4j_number_counter alter column tenant_id drop default;

-- The children's foreign keys go first: they hang on the ticket's old primary key.
alter table t4j_ticket_tag drop constraint t4j_ticket_tag_ticket_fk;
alter table t4j_timeline_entry drop constraint t4j_timeline_entry_ticket_fk;

alter table t4j_ticket drop constraint t4j_ticket_pk;
alter table t4j_ticket add constraint t4j_ticket_pk primary key (tenant_id, id);
-- Numbers are unique per tenant: every tenant numbers from 1.
alter table t4j_ticket drop constraint t4j_ticket_number_uk;
alter table t4j_ticket add constraint t4j_ticket_number_uk unique (tenant_id, number_prefix, number_sequence);
drop index t4j_ticket_status_ix;
create index t4j_ticket_status_ix on t4j_ticket (tenant_id, status);
drop index t4j_ticket_closed_ix;
create index t4j_ticket_closed_ix on t4j_ticket (tenant_id, status_category, closed_at);
drop index t4j_ticket_project_ix;
create index t4j_ticket_project_ix on t4j_ticket (tenant_id, project_id);
drop index t4j_ticket_assignee_ix;
create index t4j_ticket_assignee_ix on t4j_ticket (tenant_id, assignee_id);
drop index t4j_ticket_follow_up_ix;
-- Covering the overdue count's two halves (follow-up date passed; due date passed and follow-up date not).
create index t4j_ticket_follow_up_ix on t4j_ticket (tenant_id, follow_up_date, status_category);
drop index t4j_ticket_due_ix;
create index t4j_ticket_due_ix on t4j_ticket (tenant_id, due_at, follow_up_date, status_category);
drop index t4j_ticket_created_ix;
create index t4j_ticket_created_ix on t4j_ticket (tenant_id, created_at);

alter table t4j_ticket_tag drop constraint t4j_ticket_tag_pk;
alter table t4j_ticket_tag add constraint t4j_ticket_tag_pk primary key (tenant_id, ticket_id, tag);
alter table t4j_ticket_tag add constraint t4j_ticket_tag_ticket_fk foreign key (tenant_id, ticket_id)
    references t4j_ticket (tenant_id, id);
drop index t4j_ticket_tag_tag_ix;
create index t4j_ticket_tag_tag_ix on t4j_ticket_tag (tenant_id, tag);

alter table t4j_timeline_entry drop constraint t4j_timeline_entry_pk;
alter table t4j_timeline_entry add constraint t4j_timeline_entry_pk primary key (tenant_id, id);
-- Also the index history pages are read by, newest first.
alter table t4j_timeline_entry drop constraint t4j_timeline_entry_seq_uk;
alter table t4j_timeline_entry add constraint t4j_timeline_entry_seq_uk unique (tenant_id, ticket_id, seq);
alter table t4j_timeline_entry add constraint t4j_timeline_entry_ticket_fk foreign key (tenant_id, ticket_id)
    references t4j_ticket (tenant_id, id);

-- Each tenant has its own rollup, with its own lock row (stripe -1), created on the tenant's first write.
alter table t4j_status_count drop constraint t4j_status_count_pk;
alter table t4j_status_count add constraint t4j_status_count_pk
    primary key (tenant_id, status, status_category, stripe);

-- Each tenant has its own counter row, created on the tenant's first number: every strategy numbers from it.
alter table t4j_number_counter drop constraint t4j_number_counter_pk;
alter table t4j_number_counter add constraint t4j_number_counter_pk primary key (tenant_id, name);

-- The database sequence of 0.1 goes (SEQUENCE now takes one number at a time from the tenant's counter row). No
-- number issued before this upgrade may be issued again: the default tenant's counter moves to the highest value
-- the counter issued, the sequence issued or a ticket holds; the numbers of deleted tickets included, which only
-- the counter or the sequence remembers.
update t4j_number_counter set last_value = greatest(last_value,
    (select s.base_value - 1 from information_schema.sequences s
        where s.sequence_schema = current_schema and s.sequence_name = 'T4J_TICKET_NUMBER_SEQ'),
    (select coalesce(max(t.number_sequence), 0) from t4j_ticket t))
where tenant_id = 'default' and name = 'tickets';
drop sequence t4j_ticket_number_seq;
