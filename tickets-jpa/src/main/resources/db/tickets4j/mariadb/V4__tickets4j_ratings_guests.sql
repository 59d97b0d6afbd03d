-- liquibase formatted sql
-- changeset tickets4j:4
-- Tickets4j 0.2 ratings and guest passes for MariaDB 10.6+. Flyway: location classpath:db/tickets4j/mariadb.
-- Liquibase: include this file after V3 as formatted SQL. MariaDB commits every DDL statement: run it while no
-- application node writes, after a backup. Instants are UTC datetime(6); the new columns take the tables' binary
-- collation.

-- The rating of a ticket's current resolution; all four are null until it is rated, and a reopening clears them.
-- One statement: the table is rebuilt once. Satisfaction reports filter a tenant's tickets by rating time, and
-- every read of a customer's user is confined to their customer's tickets.
alter table t4j_ticket add column rating_score smallint, add column rating_comment varchar(2000),
    add column rated_at datetime(6), add column rated_by varchar(100),
    add constraint t4j_ticket_rating_ck check (rating_score between 1 and 5),
    add index t4j_ticket_rated_ix (tenant_id, rated_at),
    add index t4j_ticket_customer_ix (tenant_id, customer_id);

-- A guest's access to one ticket: only the SHA-256 hash of its token is stored. No foreign key to the ticket: a
-- deleted ticket's passes are removed with GuestPasses.deleteOfTicket, in the transaction that deletes the ticket.
create table t4j_guest_pass (
    tenant_id varchar(100) not null,
    id varchar(36) not null,
    ticket_id varchar(36) not null,
    token_hash varchar(64) not null,
    issued_at datetime(6) not null,
    issued_by varchar(100) not null,
    expires_at datetime(6),
    revoked_at datetime(6),
    constraint t4j_guest_pass_pk primary key (tenant_id, id),
    constraint t4j_guest_pass_token_uk unique (tenant_id, token_hash)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_nopad_bin;
create index t4j_guest_pass_ticket_ix on t4j_guest_pass (tenant_id, ticket_id);
