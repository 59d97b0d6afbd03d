-- liquibase formatted sql
-- changeset tickets4j:2
-- Tickets4j 0.1 -> 0.2 for MariaDB 10.6+. Flyway: location classpath:db/tickets4j/mariadb. Liquibase: include
-- this file after V1 as formatted SQL. MariaDB commits every DDL statement: run it while no application node
-- writes, after a backup.
-- History becomes an append-only log: every timeline entry gets the ticket version its change produced (seq) and a
-- visibility; a follow-up is a timeline entry (its note in detail, its date in to_value), so t4j_follow_up goes.
-- Every ticket records its workflow; 0.1 tickets get 'standard' version 1 (see the tickets-jpa README when your
-- desk used another workflow).
-- Ticket numbers are unique by prefix and sequence, not by their text; free text searches a folded copy of title
-- and description (search_text). Run JpaStorage.rebuildDerivedData() once afterwards (see the tickets-jpa README).

-- Constant defaults fill the existing rows without rewriting the table; new rows must name their workflow.
alter table t4j_ticket add column workflow_id varchar(100) not null default 'standard',
    add column workflow_version integer not null default 1;
alter table t4j_ticket alter column workflow_id drop default, alter column workflow_version drop default;

alter table t4j_timeline_entry add column seq bigint, add column visibility varchar(10);

-- A follow-up's entry takes the follow-up's visibility. 0.1 wrote both from one decision: same ticket, instant,
-- author and text. Of identical twins with different visibilities the entry takes INTERNAL, the safer one.
update t4j_timeline_entry e set e.visibility = (
    select min(f.visibility) from t4j_follow_up f
    where f.ticket_id = e.ticket_id and f.created_at = e.occurred_at and f.author = e.actor and f.note = e.detail)
where e.action = 'FOLLOW_UP_ADDED';

-- A follow-up without an entry (stored around the desk, by an import say) would lose its note with its table: it
-- becomes an entry, appended after the ticket's history in its own order.
insert into t4j_timeline_entry (id, ticket_id, seq_no, occurred_at, actor, action, from_value, to_value, detail,
    visibility)
select f.id, f.ticket_id,
    coalesce((select max(o.seq_no) from t4j_timeline_entry o where o.ticket_id = f.ticket_id), -1) + 1 + f.seq_no,
    f.created_at, f.author, 'FOLLOW_UP_ADDED', null, date_format(f.follow_up_date, '%Y-%m-%d'), f.note,
    f.visibility
from t4j_follow_up f
where not exists (select 1 from t4j_timeline_entry e where e.ticket_id = f.ticket_id
    and e.action = 'FOLLOW_UP_ADDED' and e.occurred_at = f.created_at and e.actor = f.author and e.detail = f.note);

update t4j_timeline_entry set visibility = 'PUBLIC'
where visibility is null and action in ('CREATED', 'STATUS_CHANGED', 'CLOSED', 'REOPENED');
update t4j_timeline_entry set visibility = 'INTERNAL' where visibility is null;

-- Sequences 0..n-1 per ticket, oldest first, in the 0.1 order (seq_no counted from the oldest entry).
update t4j_timeline_entry e
join (select id, row_number() over (partition by ticket_id order by seq_no, occurred_at, id) - 1 as seq
    from t4j_timeline_entry) r on r.id = e.id
set e.seq = r.seq;

alter table t4j_timeline_entry modify seq bigint not null, modify visibility varchar(10) not null;
-- Also the index history pages are read by, newest first; it serves the ticket foreign key in place of the old one.
alter table t4j_timeline_entry add constraint t4j_timeline_entry_seq_uk unique (ticket_id, seq);
drop index t4j_timeline_ticket_ix on t4j_timeline_entry;
alter table t4j_timeline_entry drop column seq_no;

-- A 0.1 ticket at version v has v + 1 entries. One whose version disagrees (written around the desk) continues
-- its numbering after its last entry: the next change appends seq = version.
update t4j_ticket t set t.version = (select max(e.seq) from t4j_timeline_entry e where e.ticket_id = t.id)
where t.version <> (select max(e.seq) from t4j_timeline_entry e where e.ticket_id = t.id);

drop table t4j_follow_up;

-- A ticket number is its prefix and sequence; the width only says how it is shown (RE01 and RE0001 are one
-- number, as after a format widened from 2 to 4 digits). The unique key moves from the formatted text to prefix
-- and sequence, which lookups use; the text stays, for display. Should two 0.1 tickets share prefix and sequence
-- (possible only when written around the desk), this statement fails: renumber one of them first.
alter table t4j_ticket drop index t4j_ticket_number_uk,
    add constraint t4j_ticket_number_uk unique (number_prefix, number_sequence);

-- Free text compares title and description folded by the core (TextFolding: NFKC, upper- then lower-case, final
-- sigma as sigma, no combining dot above), never with the database's own case rules. lower() is the closest SQL
-- comes; it differs on İ, final sigma and ß, so call JpaStorage.rebuildDerivedData() once after this script: it
-- recomputes every ticket's search text exactly (and the status rollup). Title and description are separated by a
-- line feed, which free text never holds. The column is in the tables' binary collation, so LIKE compares
-- characters exactly.
alter table t4j_ticket add column search_text mediumtext character set utf8mb4 collate utf8mb4_nopad_bin;
update t4j_ticket set search_text = concat(lower(title), char(10 using utf8mb4), coalesce(lower(description), ''));
alter table t4j_ticket modify search_text mediumtext character set utf8mb4 collate utf8mb4_nopad_bin not null;
