-- A short PIN a member of staff sets to take the tablet back from a client (kiosk hand-back);
-- only its hash is kept, like the password's.
alter table account add column tablet_pin_hash varchar(200);

-- An invited address is held here, not in the unique email column, until the invitation is accepted:
-- inviting an address that has an account in another clinic then looks exactly like any other
-- invitation to the inviting clinic (email addresses are no cross-clinic oracle).
alter table account add column pending_email varchar(254);
