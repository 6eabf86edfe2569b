### Words on the staff pages (IROs, business support, managers, administrators), the
### pre-review pack and its PDF, reports and the audit trail.
### English. app/locales/README.md explains the syntax.

## Signing in and your account

sign-in-title = Staff sign in
sign-in-intro = For council staff. Children and families use the link or code they were sent.
email = Email address
password = Password
sign-in-button = Sign in
sign-out = Sign out
signed-out = You have signed out.
sign-in-failed = That email and password did not match. Check them and try again.
sign-in-locked =
    { $minutes ->
        [one] Too many tries. Try again in { $minutes } minute.
       *[other] Too many tries. Try again in { $minutes } minutes.
    }
sign-in-missing = Enter your email address and password.
session-ended = Please sign in to continue.
my-account = My account
account-title = My account
change-password-heading = Change your password
current-password = Current password
new-password = New password
change-password-button = Change password
password-changed = Your password was changed.
err-current-password-wrong = Your current password was not right.

## Home pages and roles

staff-home-title = Home
signed-in-as = Signed in as { $name }
role-admin = Administrator
role-manager = Service manager
role-iro = Independent Reviewing Officer
role-support = Business support
iro-home-empty = No children are allocated to you yet.
nav-children = Children
manager-home-heading = Reports
manager-home-link = Figures for the Corporate Parenting Board
admin-home-heading = Administration
admin-manage-staff = Manage staff
next-review = Next review
next-review-heading = Next review
to-print-empty = There are no letters to print.
to-chase-empty = No replies need chasing yet.

## Urgent alerts, advocacy and messages from children

iro-advocacy-title = Asked for an advocate
iro-advocacy-parent = a parent asked
iro-advocacy-line = reference { $reference }, asked on { $date }
iro-alerts-title = Urgent: a child said they don't feel safe
iro-alert-raised = Raised { $when }
iro-acknowledge = I am dealing with this
iro-acknowledged = Marked as being dealt with.
iro-messages-title = Messages from children
iro-message-open = Read the message
iro-message-title = Message from a child
iro-message-from = From { $name }, sent on { $date }.
iro-message-about = About
iro-message-words = Their words
iro-message-no-words = They chose not to write anything.

## Children

child-name = Name
child-age = Age
child-language = Language
child-form = Form
age-band-under8 = Under 8
age-band8-to12 = 8 to 12
age-band13-plus = 13 and over
age-band-care-leaver = Care leaver
children-title = Children
children-caption = Children looked after by { $authority }
children-add = Add a child
child-add-title = Add a child
child-edit-title = Child's details
child-preferred-name = Name they like to be called
child-preferred-name-hint = This is the name Heard uses with the child.
child-full-name = Full legal name
child-full-name-hint = Only staff see this. It is never shown to the child or sent by email.
child-case-reference = Case reference (optional)
child-case-reference-hint = The child's number in the council's case system, for example WCCIS-123456. It tells two children with the same name apart.
child-tag = { $initial } · age { $age }
child-tag-with-reference = { $initial } · { $reference } · age { $age }
child-dob = Date of birth
child-language-pref = Preferred language
child-comm-needs = Communication needs (optional)
child-comm-needs-hint = For example: uses symbols, needs things read aloud, uses BSL.
child-looked-after-since = Date they became looked after
child-looked-after-since-hint = For short breaks, the date of the first break.
child-legal-basis = Legal basis
child-placement-type = Placement type (optional)
child-iro = Allocated IRO
child-iro-none = Not allocated yet
child-save = Save
child-added = { $name } was added.
child-saved = { $name }'s details were saved.
child-edit = Edit { $name }
basis-care-order = Care order
basis-interim-care-order = Interim care order
basis-section76 = Accommodated (section 76)
basis-section76-short-breaks = Short breaks (section 76)
basis-placement-with-parents = Placed with parents
basis-placed-for-adoption = Placed for adoption
basis-pathway-plan = Pathway plan (16 and over)
err-dob-future = The date of birth must be in the past.
err-dob-too-old = Heard is for people aged 25 or under. Check the date of birth.
err-since-before-birth = This date must be on or after the date of birth.
err-since-future = This date cannot be in the future.
err-iro-invalid = Choose an IRO from the list.
err-legal-basis = Choose the legal basis.
child-page-title = Child
history-heading = Past reviews and placement changes
history-empty = Nothing recorded yet.
unplanned-move = Unplanned change of placement
record-past-review = Record a review already held
record-past-review-hint = For reviews before this child was added to Heard.
record-move = Record an unplanned change of placement
record-move-hint = The next review is then due within 28 days.
record = Record
past-review-recorded = A past review for { $name } was recorded.
move-recorded = The change of placement for { $name } was recorded.

## Checks on dates and text typed into several forms

err-date-invalid = Enter a real date.
err-text-too-long =
    { $max ->
        [one] This is too long. Use { $max } character or fewer.
       *[other] This is too long. Use { $max } characters or fewer.
    }
err-language = Choose one of the languages in the list.

## Reviews: booking, the schedule, the meeting

due-first = First review (within 28 days)
due-second = Second review (within 3 months)
due-subsequent = Review (every 6 months)
due-short-breaks-first = First short breaks review (within 3 months)
due-after-move = Review after a change of placement (within 28 days)
state-scheduled = Scheduled
state-due-soon = Due within 14 days
state-overdue = Overdue
state-held = Held
state-cancelled = Cancelled
err-meeting-weekend = { $date } is a weekend day. If the child wants the meeting then, tick the box to confirm it.
err-meeting-bank-holiday = { $date } is a bank holiday. If the child wants the meeting then, tick the box to confirm it.
confirm-non-working-day = Yes, hold the meeting on this day
due-on-non-working-day = { $date } (not a working day: the last working day before is { $working })
err-delay-reason = This date is after the review is due. Say why it is delayed.
err-delay-too-long = A review cannot be delayed more than 20 working days. The latest date is { $latest }.
arrangement-in-person = In person
arrangement-video = Video call
arrangement-phone = Phone conference
arrangement-hybrid = In person and video (hybrid)
arrangement = How the meeting happens
arrangement-details = Venue or joining instructions
arrangement-details-hint = Invitees see this. For example: the address and room, or how to join the call.
booking-title = Book a review
booking-edit-title = Change the booking
book-review-button = Book the review
booking-change-tells-invitees = Invitations have gone out. If you change the date, time or arrangements, invitees who were emailed are told, and letters are marked for reprinting.
already-booked = A review is already booked for { $name }.
open-review = Open the review
meeting-date = Date of the meeting
meeting-date-hint = If it is after the due date, give the reason for the delay below.
meeting-time = Start time
meeting-time-hint = For example, 10:30.
meeting-when = Meeting
delay-reason = Reason for the delay (only if after the due date)
delay-reason-hint = This is recorded for the review's timeliness figures.
save-changes = Save changes
change-booking = Change date or arrangements
review-title = Review
review-kind = Kind of review
review-due = Due by
review-state = State
report-deadline = Reports due
latest-allowed = Latest date if delayed
not-booked = Not booked
review-booked = The review for { $name } is booked. Now add who is invited.
review-saved = The review for { $name } was saved.
review-saved-told =
    { $count ->
        [one] The review for { $name } was saved. { $count } invitee will be told by email.
       *[other] The review for { $name } was saved. { $count } invitees will be told by email.
    }
review-marked-held = The review for { $name } was marked as held.
review-cancelled-notice = The review for { $name } was cancelled. Invitation links no longer work.
close-review-heading = After the meeting
held-on = Date it was held
mark-held = Mark as held
cancel-review = Cancel this review
cancel-review-hint = Invitees who were emailed are told, and every link and code stops working.
err-meeting-past = The meeting date cannot be in the past.
err-time-invalid = Enter a time like 10:30.
err-arrangement = Choose how the meeting happens.
err-arrangement-details = Say where the meeting is or how to join it.
err-already-booked = A review is already booked for this child. Change that one instead.
err-review-closed = This review has been held or cancelled, so it cannot be changed.
err-held-future = The date cannot be in the future.
err-before-looked-after = The date cannot be before the child became looked after.
meeting-confirmed = Date, time and how to join confirmed: invitees can see them
meeting-not-confirmed = Not confirmed yet: invitees are told the details will follow
confirm-meeting = Confirm date, time and how to join
meeting-confirmed-notice = Confirmed. { $name }'s invitees can now see when and how to join.
err-meeting-changed = The booking changed while you were looking. Check the date, time and how to join, then confirm again.
err-not-their-iro = Only the child's own IRO can do this.
reset-secret = Reset their secret
secret-was-reset = Their secret was cleared. They will make a new one next time.
secret-locked-tag = secret locked

## The staff list (administrators)

staff-title = Staff
staff-intro = Staff of { $authority }. People you add can sign in straight away.
staff-name = Name
staff-role = Role
staff-status = Status
staff-active = Active
staff-disabled = Disabled
staff-actions = Actions
staff-disable = Disable { $name }
staff-enable = Enable { $name }
staff-add-heading = Add a member of staff
staff-add-button = Add member of staff
staff-password-hint = At least 12 characters. Give it to them in person and ask them to change it.
staff-added = { $name } was added.
staff-disabled-done = { $name } can no longer sign in.
staff-enabled-done = { $name } can sign in again.
staff-you = (you)
err-name-required = Enter a name.
err-case-reference = Start with a letter or number. Then use only letters A to Z, numbers, spaces and - / . _
err-case-reference-taken = Another child already has that case reference.
err-name-too-long = The name must be 100 characters or fewer.
err-email-invalid = Enter an email address like name@council.gov.uk.
err-email-taken = Someone already uses that email address.
err-password-short = The password must be at least 12 characters.
err-password-long = The password must be 128 characters or fewer.
err-role-invalid = Choose a role.
err-cannot-disable-self = You cannot disable your own account.

## Invitations and printed letters

audience-child = Child
audience-parent = Parent
audience-carer = Carer
audience-other = Other (meeting only)
delivery-email = Email
delivery-post = Letter by post
invitation-not-sent = Not sent
invitation-sent = Sent
invitation-opened = Opened
invitation-in-progress = In progress
invitation-submitted = Submitted
invitation-revoked = Revoked
invitations-heading = Invited
invitation-status-heading = Status
no-invitees-yet = Nobody is invited yet.
invitee-name = Name
invitee-audience = Who they are
invitee-delivery = How they get the invitation
invitee-first-name = First name
invitee-first-name-hint = Only the first name goes in the email or letter.
invitee-language = Their language
invitee-email = Email address
invitee-email-hint = Only for email. For a young child, a carer's address.
invitee-address = Postal address (optional)
invitee-address-hint = Only for letters. Printed on the letter, for a window envelope.
add-invitee-heading = Invite someone
add-invitee = Add to the invited
invitee-added = { $name } was added. Now send the invitation.
actions = Actions
send-email = Send email
send-new-link = Send a new link
make-letter = Make the letter
print-letter = Print letter
new-code = New code
revoke = Revoke
needs-reprint = The meeting changed: print and post the letter again.
reminder-sent = Reminder sent
invitation-sent-notice = The invitation to { $name } was emailed.
invitation-resent-notice = A new link was sent to { $name }. The old one no longer works.
invitation-revoked-notice = The invitation to { $name } was revoked. Its link and code no longer work.
letter-posted-notice = The letter to { $name } was marked as posted.
err-audience = Choose who they are.
err-delivery = Choose email or letter.
err-post-disabled = Your council does not send invitations by post. Choose email.
invitation-queued-notice = The mail server did not take the invitation to { $name } yet. Heard keeps trying, and this page shows it until it goes.
err-invitation-revoked = This invitation was revoked. Invite the person again if they should take part.
err-letter-first = Make the letter before marking it as posted.
letter-title = Invitation letter
letter-instructions = Print this page (Ctrl+P) on A4. Then mark the letter as posted. Printing it again shows the same code.
mark-posted = Mark as posted
back-to-review = Back to the review

## The letter to the child after the review

outcome-title = Letter to the child after the review
outcome-open = Write to { $name } about the meeting
outcome-open-sent = Your letter to { $name }
outcome-intro = Write to { $name } in plain words: short sentences, one idea each. They read it with their own link and secret. The message telling them says nothing of what you wrote.
outcome-language = Write in this language: { $language } (the one { $name } chose).
outcome-talked = What we talked about
outcome-decided = What we decided
outcome-next = What happens next
outcome-who-to-ask = Who to ask
outcome-who-to-ask-hint = Who they can ask if they have questions, and how (their advocate, social worker, you).
outcome-held-on = The meeting was held on
outcome-save-draft = Save draft
outcome-send = Send to { $name } and mark the review held
outcome-send-hint = Once sent, the letter cannot be changed.
outcome-draft-saved = Draft saved. Nothing has been sent.
outcome-sent-emailed = Your letter is sent. { $name } has been emailed to say there is a letter (without what it says). The review is marked held; the next review is due by { $date }.
outcome-sent-tell-them = Your letter is sent. { $name } gets their invitation by letter or by hand: tell them there is a letter, and their code opens it. The review is marked held; the next review is due by { $date }.
outcome-sent-on = Sent on { $date }.
outcome-read-on = { $name } read it on { $date }.
outcome-not-read = { $name } has not opened it yet.
outcome-too-early = You can write the letter once the meeting has happened ({ $date }).
outcome-no-invitation = This child has no invitation to read a letter with. Invite them from the review page before the review is marked held.
outcome-already-sent = This letter has already been sent and cannot be changed.
outcome-before-meeting = The meeting date cannot be in the future.
outcome-talked-empty = Write what you talked about.
outcome-decided-empty = Write what you decided.
outcome-next-empty = Write what happens next.
outcome-who-to-ask-empty = Write who they can ask.
outcome-part-long =
    { $limit ->
        [one] This part is too long. Keep it under { $limit } character: a letter to a child is short.
       *[other] This part is too long. Keep it under { $limit } characters: a letter to a child is short.
    }
outcome-long-sentences = Some sentences are long (more than 15 words). Shorter ones are easier to read.

## The pre-review pack and its PDF

pack-times-uk = Times are UK time.
pack-print = Print the pack
pack-copies-link = Print, or download a protected copy
pack-download-heading = Download a protected copy
pack-download-hint = The PDF is locked with a password you choose now (12 characters or more; three random words work well). Heard does not keep the password. Anyone opening the file needs it, so send it separately, never in the same email.
pack-download-password = Password for the file
pack-download-again = Type the password again
pack-download-button = Download protected PDF
pdf-password-short = Use a password of 12 characters or more.
pdf-password-long = Use a password of 128 characters or fewer.
pdf-password-characters = Use letters, numbers, spaces and punctuation in the password (no emoji or special spaces).
pdf-password-differ = The two passwords are not the same. Type them again.
pdf-made = Made on { $date } at { $time } (UK time) by { $name }.
pdf-made-by-key = the API key “{ $name }”
pdf-marking = OFFICIAL-SENSITIVE: personal information about a child. Do not forward.
pdf-page = Page { $page } of { $pages }
pdf-houses = The Three Houses: worries, good things, dreams.
pack-covering = You are covering for this child's IRO: opening this pack does not tell anyone their words were read.
pack-nobody-invited = Nobody has been asked for their views yet.
pack-advocacy-heading = Requests for an advocate
pack-added-later = Added after sending
pack-title = Pre-review pack
pack-open = Open the pre-review pack
pack-for = { $name }'s review: { $when }. Reports are due by { $deadline }.
pack-alerts-heading = Urgent: { $name } said they do not feel safe
pack-alert-line = { $date } at { $time }
pack-alert-dealt = { $name } is dealing with this (since { $date })
pack-alert-open = nobody has said they are dealing with this yet
pack-wishes-heading = What { $name } wants from the meeting
pack-no-wishes = They have not said anything about the meeting yet.
pack-waiting-heading = Not replied yet
pack-everyone-replied = Everyone invited has sent their views.
pack-reminded = reminded
pack-child-heading = { $name }'s own words
pack-not-started = { $name } has not sent their views yet.
pack-private-tag = Just for the IRO
pack-sent-on = Sent on { $date }
pack-messages-heading = Messages from { $name }
pack-message-about = About:
pack-adults-heading = Parents and carers
pack-no-adults = No parent or carer has given their views yet.
pack-advocacy = Asked for an advocate: reference { $reference } ({ $status })
advocacy-requested = requested
advocacy-contacted = contacted
advocacy-closed = closed

## Reports for the Corporate Parenting Board

reports-title = Reports
settings-suppress-below = In report downloads, hide counts below
settings-suppress-below-hint = So that no child can be identified from small numbers. A whole number from 2 to 50; leave empty for 5.
err-suppress-below = Enter a whole number from 2 to 50.
reports-intro = Figures for the last year, counted from reviews, invitations, alerts and messages. They hold no names and nobody's words.
reports-grain = Count by
reports-by-month = By month
reports-by-quarter = By quarter (financial year)
reports-suppressed = Charts and downloads are for publishing: in them, counts from 1 to { $max } show as "<{ $n }", and a share, a time or another count that would reveal them as "[c]" or a dash, so that no child can be identified. The tables on this page show every count, for your own use.
report-period = Period
report-download = Download as CSV: { $table }
report-timeliness = Reviews held on time
report-participation = Views asked for and sent
report-children-by-age = Children's views by age group
report-how-they-took-part = How views were sent
report-advocacy = Advocacy offered and asked for
report-safety = Urgent alerts and messages from children
measure-on-time = On time
measure-late = Late
measure-total = Total
measure-percent-on-time = % on time
measure-invited = asked
measure-opened = opened
measure-submitted = sent their views
measure-return-rate = % sent
measure-read-aloud = Used read-aloud
measure-in-welsh = In Welsh
measure-without-script = Without JavaScript
measure-advocacy-offered = offered an advocate
measure-advocacy-accepted = asked for an advocate
measure-alerts-raised = Urgent alerts
measure-alerts-open = Not yet acknowledged
measure-median-minutes = Middle time to acknowledge (minutes)
measure-messages = Messages from children
band-under8 = Under 8
band-middle = 8 to 12
band-teen = 13 and over
band-leaver = Care leavers
band-adult = Adults
quarter-name = { $years } Q{ $quarter }
quarter-short = Q{ $quarter }
chart-timeliness = Reviews held on time (%)
chart-timeliness-desc = Bar chart: the share of reviews due in each period that were held by their due date. A dash marks a period with no figure, or one too small to publish. The table below gives the figures.
chart-return-rate = Share who sent their views (%)
chart-return-rate-desc = Bar chart: for children, parents and carers asked in each period, the share who sent their views. A dash marks a period with no figure, or one too small to publish. The table below gives the figures.

## Council settings

settings-title = Council settings
settings-advocacy = Advocacy provider
settings-advocacy-name = Name
err-parent-advocacy-name = Give the name of the parents' advocacy service, or leave all three empty.
err-parent-advocacy-email = Give the referral email of the parents' advocacy service, or leave all three empty.
settings-parent-advocacy = Advocacy for parents
settings-parent-advocacy-hint = Leave these empty if the provider above supports parents too.
settings-referral-email = Referral email
settings-phone = Phone
settings-duty = Duty contact for urgent alerts
settings-duty-hint = Told at once when a child says they do not feel safe.
settings-duty-name = Team or person
settings-review-team = Review team contact
settings-review-team-hint = Printed on letters, and shown when a code does not work.
settings-default-arrangements = Usual meeting arrangements
settings-default-arrangements-hint = Filled in when a review is booked, and can be changed there.
settings-post = We send some invitations by post
settings-save = Save settings
settings-saved = The settings were saved.
err-phone-invalid = Enter a phone number using digits, like 01234 567890.

## Messages waiting to go (the outbox)

outbox-title = Outgoing email
outbox-dev-heading = Development outbox
outbox-all-delivered = Every message has been delivered to the mail server.
outbox-undelivered-title = Messages not delivered yet
outbox-kind-alert-iro = Urgent alert to the IRO
outbox-kind-alert-duty = Urgent alert to the duty team
outbox-kind-advocacy = Referral to the advocacy service
outbox-kind-message = Notice of a child's message to the IRO
outbox-kind-invitation = Invitation
outbox-kind-changed = Notice that the meeting changed
outbox-kind-cancelled = Notice that the meeting was cancelled
outbox-kind-reminder = Reminder
outbox-kind-letter = Notice of the IRO's letter
outbox-why-no-address = There is no email address to send it to: check the council settings or the child's IRO.
outbox-why-bad-address = The email address is not a real address.
outbox-why-refused = The mail server refused it.
outbox-why-internal = Heard could not prepare it; the error is in the server's log.
outbox-why-unavailable = The mail server could not be reached.
outbox-tried =
    { $count ->
        [one] Queued { $since }, tried { $count } time.
       *[other] Queued { $since }, tried { $count } times.
    }
outbox-next-try = Next try: { $when }.
outbox-given-up = Heard stopped trying after 48 hours.
outbox-retry = Try again now
outbox-retrying = Heard is trying to send it again now.
outbox-intro = No email server is set up, so messages are kept here instead of being sent.
outbox-empty = No messages yet.
outbox-smtp = Email is sent through the council's mail server, so there is no outbox.

## Audit trail

audit-report-downloaded = A manager downloaded a table of figures
audit-outcome-sent = An IRO sent their letter to a child after the review
audit-outcome-read = A child opened their IRO's letter
audit-pack-downloaded = A pack was downloaded as a protected PDF
audit-alert-acknowledged = An IRO is dealing with an alert
audit-alert-raised = A child said they do not feel safe
audit-audit-viewed = The audit trail was read
audit-child-added = A child was added
audit-child-updated = A child's details were changed
audit-sharing-changed = A child changed who may see an answer
audit-submitted = Views were sent
audit-cover-ended = Cover ended
audit-cover-granted = Cover granted
audit-invitation-added = Someone was invited
audit-invitation-entered = An invitee came in with their link or code
audit-invitation-letter = A letter was made
audit-letter-viewed = A letter was viewed
audit-invitation-posted = A letter was posted
audit-invitation-resent = A new link or code was sent
audit-invitation-revoked = An invitation was revoked
audit-invitation-sent = An invitation was emailed
audit-message-retried = Staff asked Heard to try sending an undelivered message again
audit-message-read = An IRO read a child's message
audit-message-sent = A child sent a message
audit-pack-viewed = A pre-review pack was opened
audit-placement-moved = A change of placement was recorded
audit-review-booked = A review was booked
audit-review-cancelled = A review was cancelled
audit-review-confirmed = An IRO confirmed a meeting
audit-review-held = A review was marked held
audit-review-recorded = An earlier review was recorded
audit-review-updated = A booking was changed
audit-secret-locked = A secret locked after wrong tries
audit-secret-reset = An IRO reset a secret
audit-settings-updated = Council settings were changed
audit-staff-added = A member of staff was added
audit-staff-disabled = A member of staff was switched off
audit-staff-enabled = A member of staff was switched back on
audit-password-changed = A password was changed
audit-sign-in = Signed in
audit-title = Audit trail
audit-intro = Every staff view of a child's, parent's or carer's words, every pack opened, every secret reset and every change of who may see what. Nothing here can be changed or removed.
audit-what = What happened
audit-everything = Everything
audit-from = From
audit-to = To
audit-show = Show
audit-when = When
audit-who = Who
audit-about = About
audit-from-where = From where
audit-invitee = A child, parent or carer
audit-none = Nothing matches.
audit-truncated = Showing the newest 500. Choose fewer days to see the rest.

## IRO cover

cover-title = IRO cover
cover-intro = Let another IRO open a child's pre-review packs while their own IRO is away. Every grant is recorded in the audit trail.
cover-current = Cover in place
cover-none = No cover in place.
cover-line = { $iro } covers { $child } until { $date }
cover-end = End this cover
cover-grant = Grant cover
cover-child = Child
cover-iro = Covering IRO
cover-until = Until (the last day of cover)
cover-choose = Choose…
cover-granted = Cover granted. It is recorded in the audit trail.
cover-ended = Cover ended.
err-cover-choose = Choose a child and an IRO of this council.
err-cover-until = Give the last day of cover: from today, up to a year ahead.

## Work lists: finding, filtering, sorting and paging children

work-filter-all = All children
work-filter-due30 = Due in 30 days
work-filter-due60 = Due in 60 days
work-filter-overdue = Overdue
work-filter-not-booked = Not booked
work-filter-nobody-invited = Booked, nobody invited
work-filter-replies = Replies outstanding
work-filter-alerts = Open alerts
work-filter-advocacy = Advocate asked for
work-filter-to-book = To book this month
work-filter-to-invite = To invite
work-filter-to-post = Letters to post
work-filter-to-chase = Replies to chase
work-sort-urgency = Most urgent first
work-sort-date = Soonest date first
work-sort-name = By name
work-sort-reference = By case reference
worklist-search-label = Search by name, case reference or date of birth
worklist-search-hint = Write a date of birth like 31/12/2015.
worklist-sort-label = Order
worklist-show = Show
worklist-filters = Filters
worklist-scope = Whose children
worklist-scope-mine = My children ({ $count })
worklist-scope-all = Everyone's children ({ $count })
worklist-showing = Showing { $first } to { $last } of { $total }.
worklist-none = No children match.
worklist-none-search = No child matches your search in this list.
worklist-pages = Pages
worklist-page = Page { $page } of { $pages }
worklist-previous = Previous page
worklist-next = Next page
worklist-alert-tag = Open alert
worklist-advocacy-tag = Advocate asked for

## The homes as work lists

iro-meetings-heading = Meetings in the next four weeks
iro-meetings-empty = You have no meetings booked in the next four weeks.
iro-drift-heading = Overdue or not booked
iro-drift-hint = Overdue, due within a month with nothing booked, or a meeting passed and not yet closed. Most urgent first.
iro-drift-empty = None of your children is overdue or waiting to be booked.
iro-all-mine = All my children ({ $count })
home-see-all = See all { $count } in the list
to-book-hint = Due in the next 30 days, or overdue, with nothing booked.
to-book-empty = No reviews need booking this month.
to-invite-hint = Booked reviews with nobody invited, or emails not sent yet.
to-invite-empty = Every booked review has its invitations sent.
to-post-hint = Letters not posted yet, or to print again after a change.
to-chase-hint = Replies not in yet, with reports due within 10 days.
worklist-choose = Choose
worklist-choose-child = Choose { $name }
bulk-book-heading = Book the chosen reviews
bulk-book-hint = Each is booked five working days before it is due, at this time and place. Each child's IRO then confirms their meeting.
bulk-book-button = Book the chosen reviews
bulk-booked = { $count ->
    [one] 1 review was booked. Its IRO confirms the meeting.
   *[other] { $count } reviews were booked. Their IROs confirm each meeting.
}
bulk-booked-some = { $count ->
    [one] 1 review was booked.
   *[other] { $count } reviews were booked.
} Not booked: { $names }. These are booked already, or late and need a date and a reason: book them one by one.
err-bulk-none-chosen = Choose at least one child to book.
err-bulk-too-many = Choose at most 50 children at a time.

## Importing children from the case system

import-col-case-reference = The child's id in the case system. Importing again updates the child with this reference.
import-col-preferred-name = The name they like to be called.
import-col-full-name = Their full legal name. Only staff see it.
import-col-date-of-birth = Written 2015-12-31 or 31/12/2015.
import-col-language = A language code (cy, en, ar, pl, ro, ps, fa, ti, ckb) or its name, such as Welsh or Arabic.
import-col-legal-basis = One of: care_order, interim_care_order, s76, s76_short_breaks, placement_with_parents, placed_for_adoption, pathway_plan.
import-col-looked-after-since = The day they became looked after, written like the date of birth.
import-col-placement-type = For example, foster care.
import-col-iro-email = The email of their IRO, who must already have a Heard account here.
import-col-communication-needs = For example, uses symbols or needs reading aloud.
import-col-past-reviews = Dates of reviews already held, before Heard, separated by semicolons. The schedule counts them; importing again never adds one twice.
err-import-column-missing = The file has no { $column } column.
err-import-column-unknown = The file has a column Heard does not know: { $column }. Check its spelling, or remove it.
err-import-column-twice = The file has the { $column } column twice.
err-import-formula = This starts like a spreadsheet formula (=, +, - or @). Remove that first sign.
err-import-reference-required = Give the child's case reference.
err-import-iro-unknown = No IRO here has this email. Add them as staff first, or leave it empty.
err-import-reference-twice = This case reference is also on line { $line }.
err-import-encoding = Heard cannot read this file's letters. In your spreadsheet, save it as "CSV UTF-8" and try again.
err-import-empty = The file has no children in it.
err-import-too-many-rows = The file has more than { $max } children. Split it into smaller files.
err-import-not-csv = This line cannot be read as CSV. Check for a quote mark (") that is not closed.
err-import-too-many-cells = This line has more cells than the file has columns.
err-import-not-json = The file cannot be read as JSON: it must be a list of children, each with the columns as names.
err-import-too-big = The file is bigger than 10 MB. Split it into smaller files.
err-import-no-file = Choose a file to check.
err-import-done = This file was imported already.
import-done = The file was imported. Added: { $added }. Updated: { $updated }.
import-title = Import children
import-intro = Add or update children from your case system's export. Heard checks the whole file and lists every problem before anything is saved.
import-file-label = CSV or JSON file
import-file-hint = At most 10 MB. Save a spreadsheet as "CSV UTF-8".
import-check = Check the file
import-columns-heading = The columns
import-columns-intro = The first line names the columns. Their order does not matter. Importing the same child again updates them, found by their case reference: nobody is added twice.
import-sample = Download a sample file
import-column = Column
import-required = Needed
import-holds = What it holds
import-example = Example
import-yes = Yes
import-no = No
import-preview-title = Check the import
import-already-done = This file was imported. Its contents are no longer kept.
import-clean = No problems found. Children to add: { $adding }. Children to update: { $updating }.
import-apply = { $count ->
    [one] Import 1 child
   *[other] Import { $count } children
}
import-problems-title = { $count ->
    [one] 1 problem to fix
   *[other] { $count } problems to fix
}
import-nothing-written = Nothing was saved. Fix the file and check it again.
import-problems-caption = Problems, by line of the file
import-line = Line
import-problem = Problem
import-whole-file = Whole file
import-more-problems = And { $count } more problems not listed.
import-again = Check a corrected file
admin-import = Import children
err-import-expired = This check is more than a day old. Check the file again.
err-import-too-many-columns = The file has more than { $max } columns. Is it the children file?
work-filter-meetings = Meetings in the next four weeks
work-filter-drift = Overdue or not booked

## A child's contacts, and inviting in bulk

contact-slot-child = The child
contact-slot-parent1 = Parent
contact-slot-parent2 = Second parent
contact-slot-carer = Carer
err-contact-slot = Choose who this person is.
contacts-heading = Who is invited to their reviews
contacts-hint = Invitations for a booked review can go to all of them at once, from the "To invite" list. Each gets theirs by their own way, in their own language.
contacts-none = Nobody yet. Add the child, their parents and their carer below.
contact-set-heading = Add someone, or change who is in a place
contact-save = Save this contact
contact-remove = Remove
contact-saved = { $name } was saved as a contact.
contact-removed = The contact was removed.
bulk-invite-heading = Invite for the chosen reviews
bulk-invite-hint = Each child's contacts are invited, each their own way. Emails go now. Letters wait in "Letters to post" for you to print.
bulk-invite-button = Invite for the chosen reviews
bulk-invited = { $count ->
    [one] Invitations for 1 review are done.
   *[other] Invitations for { $count } reviews are done.
} Emails sent or queued: { $emails }. Letters to print: { $letters }.
bulk-invited-some = { $count ->
    [one] Invitations for 1 review are done.
   *[other] Invitations for { $count } reviews are done.
} Emails sent or queued: { $emails }. Letters to print: { $letters }. Not invited: { $names }. Add their contacts on their page, then invite again.
err-bulk-invite-none-chosen = Choose at least one review to invite for.
worklist-no-contacts = No contacts yet
import-col-child-email = The email for the child's invitation: their own, or their carer's for a young child.
import-col-child-address = Where to post the child's letter, when there is no email.
import-col-contact-name = This person's first name. Only the first name goes in the email or letter.
import-col-contact-language = A language code or name, as for the child. Empty means the child's language.
import-col-contact-email = Their email. With no email, they get a letter.
import-col-contact-address = Their postal address, for a letter.
err-import-contact-how = Give an email or a postal address, or leave all of this person's columns empty.
import-contacts-heading = Contacts
import-contacts-intro = Four groups of columns say who is invited to each child's reviews: the child, two parents and the carer. Leave a group out of the file to keep those contacts as they are. Leave its cells empty to remove one.
letters-title = Letters to print
letters-none = No letters are waiting to be posted.
letters-intro = { $count ->
    [one] 1 letter is ready. Print this page: the letter has a page of its own. Then mark it as posted.
   *[other] { $count } letters are ready. Print this page: each letter has a page of its own. Then mark them as posted.
}
letters-more = { $count } more are waiting. Mark these as posted to see them.
letters-mark-posted = { $count ->
    [one] Mark this letter as posted
   *[other] Mark these { $count } letters as posted
}
letters-posted-notice = { $count ->
    [one] 1 letter was marked as posted.
   *[other] { $count } letters were marked as posted.
}
letters-print-all = Print all waiting letters

## The council API and its keys

api-keys-title = API keys
api-keys-intro = Your case system calls Heard's API with a key. Each key belongs to this council and can do only what it is allowed. Every call with a key is recorded in the audit trail.
api-keys-none = There are no keys yet.
api-open-api-link = The API's description (OpenAPI)
api-schema-link = The review export's schema (JSON Schema)
api-key-name = Name
api-key-name-hint = For example, the system that will use it: "Mosaic, live".
api-key-scopes = What it may do
api-scope-export = Read reviews' exports: what children, parents and carers sent
api-scope-pack = Take reviews' pre-review packs as PDFs: the child's name, what everyone sent, and the child's messages to their IRO
api-scope-children = Add and update children, by the same rules as importing a file
api-key-used = Made and last used
api-key-made-on = Made { $date }
api-key-never-used = Not used yet
api-key-live-tag = Working
api-key-revoked-tag = Revoked
api-key-new-heading = Make a key
api-key-make = Make the key
api-key-replace = Replace
api-key-revoke = Revoke
api-key-made = Copy this key now and keep it safe. It will not be shown again.
api-key-revoked = The key was revoked. It stopped working at once.
err-api-key-name = Give the key a name.
err-api-key-scopes = Choose what the key may do.
letters-unmade = { $count ->
    [one] 1 more letter is added but not made yet.
   *[other] { $count } more letters are added but not made yet.
}
letters-make = Make them now
letters-made = { $count ->
    [one] 1 letter was made.
   *[other] { $count } letters were made.
}

## Two-step sign-in
two-step-code-title = Enter your code
two-step-code-intro = Open the authenticator app on your phone. Enter the 6-digit code it shows for Heard.
two-step-code-label = Code
two-step-code-hint = Or enter one of your recovery codes.
two-step-continue = Continue
two-step-start-over = Sign in again
two-step-set-up-title = Set up two-step sign-in
two-step-set-up-required = Your account needs a second step to sign in. Setting it up takes a minute.
two-step-set-up-intro = After your password, Heard will also ask for a code from an app on your phone.
two-step-step-app = Install an authenticator app on your phone, for example Microsoft Authenticator.
two-step-step-scan = In the app, add an account and scan this QR code.
two-step-qr-label = QR code to add Heard to your authenticator app
two-step-cannot-scan = Cannot scan it? Type this key into the app instead:
two-step-step-code = Enter the 6-digit code the app now shows.
two-step-turn-on = Turn on two-step sign-in
two-step-already-on = Two-step sign-in is already on for your account.
two-step-back-to-account = Back to your account
two-step-codes-title = Your recovery codes
two-step-codes-intro = Each code lets you sign in once if you lose your phone. Keep them somewhere safe, away from your phone.
two-step-codes-once = These codes are shown only now. Print them or write them down.
two-step-codes-gone = Recovery codes are shown only once. You can make new ones from your account.
two-step-codes-done = I have kept them safe
two-step-heading = Two-step sign-in
two-step-is-on =
    { $left ->
        [one] Two-step sign-in is on. You have { $left } recovery code left.
       *[other] Two-step sign-in is on. You have { $left } recovery codes left.
    }
two-step-is-off-text = Two-step sign-in is off. Turning it on keeps your account safe if someone learns your password.
two-step-required-text = Your account must use two-step sign-in.
two-step-set-up-link = Set up two-step sign-in
two-step-manage-label = Code from your app, or a recovery code
two-step-new-codes = Make new recovery codes
two-step-turn-off = Turn off two-step sign-in
two-step-code-wrong = That code did not work. Check your app and enter the code it shows now.
two-step-code-missing = Enter the code from your app.
two-step-code-six-digits = Enter the 6-digit code your app shows.
two-step-start-again = The set-up timed out. Scan the new QR code and enter its code.
two-step-recovery-used =
    { $left ->
        [one] You signed in with a recovery code. You have { $left } left. You can make new ones from your account.
       *[other] You signed in with a recovery code. You have { $left } left. You can make new ones from your account.
    }
two-step-on-notice = Two-step sign-in is on.
two-step-off-notice = Two-step sign-in is off.
two-step-new-codes-notice = Your new recovery codes are ready. The old ones no longer work.
two-step-is-off = Two-step sign-in is not on for your account.
two-step-required = Your account must keep two-step sign-in.
two-step-reset-self = To change your own two-step sign-in, use your account page.
two-step-reset-done = Two-step sign-in was reset. They set it up again when they next sign in.
two-step-rule-saved = Saved who must use two-step sign-in.
two-step-column = Two-step sign-in
two-step-on = On
two-step-off = Off
two-step-reset = Reset two-step sign-in for { $name }
two-step-rule-intro = Admins always sign in with two steps. You can ask it of everyone.
two-step-rule-everyone = Everyone must use two-step sign-in
two-step-rule-save = Save who must use it
audit-two-step-on = Two-step sign-in was turned on
audit-two-step-off = Two-step sign-in was turned off
audit-two-step-reset = Two-step sign-in was reset by an admin
audit-recovery-codes-made = New recovery codes were made
audit-two-step-rule = Who must use two-step sign-in was changed
err-api-cell-text = Give text, a number or null.
err-api-reference-differs = Give the case reference in the address, or leave it out of the body.

## The council's webhook (on the API keys page)
webhook-heading = Webhook
webhook-intro = Heard can tell your case system when a review's pack is ready and when a review was held. It posts to the address below, signed with a secret, and tries again until it gets through.
webhook-secret-shown = Copy the signing secret now. It is shown only once.
webhook-goes-to = Calls go to:
webhook-url = Address for calls
webhook-url-hint = It must start with https://
webhook-save = Save the address
webhook-new-secret = Make a new signing secret
webhook-remove = Turn off the webhook
webhook-saved = The webhook's address was saved.
webhook-removed = The webhook is off. Heard will not call it again.
err-webhook-url = Enter an address that starts with https://
outbox-kind-hook-pack-ready = Webhook: pack ready
outbox-kind-hook-review-held = Webhook: review held
err-import-past-reviews = Give each past review's date, like 15/01/2025, separated by semicolons.
err-import-past-reviews-many = Give at most { $max } past reviews.
audit-api-child-added = A case system added a child
audit-api-child-updated = A case system updated a child
audit-api-refused-rate = A case system's calls were refused: too many
audit-api-refused-scope = A case system's call was refused: its key may not do that
audit-api-review-exported = A case system read a review's export
audit-api-pack-exported = A case system took a review's pack as a PDF
audit-api-review-not-found = A case system asked for a review that is not here
audit-api-key-made = An API key was made
audit-api-key-revoked = An API key was revoked
audit-contact-removed = A contact was removed
audit-contact-saved = A contact was saved
audit-import-applied = A children file was imported
audit-import-checked = A children file was checked
audit-webhook-changed = The webhook's address was changed
audit-webhook-made = The webhook was set up
audit-webhook-removed = The webhook was turned off
audit-webhook-secret-replaced = The webhook's signing secret was replaced

## Council sign-in (OpenID Connect)
council-sign-in-heading = Sign in through your council
council-sign-in-intro = Use the account you use for your council email. Your council checks who you are.
council-sign-in-email = Your council email
council-sign-in-button = Continue to your council's sign-in
council-sign-in-not-set-up = Your council has not set up council sign-in for this address. Sign in with your password.
council-sign-in-unreachable = Your council's sign-in cannot be reached just now. Try again soon, or sign in with your password.
council-sign-in-expired = That sign-in has expired or was used already. Start again.
council-sign-in-cancelled = You did not finish signing in with your council. Start again.
council-sign-in-refused = Heard could not check your council's answer, so you are not signed in. Start again, or ask your Heard admin.
council-sign-in-no-account = There is no Heard account for the address your council gave. Ask your Heard admin to add you.
council-sign-in-disabled = Your Heard account is turned off. Ask your Heard admin.
council-sign-in-continue-title = Going to your council's sign-in
council-sign-in-continue-intro = Heard is taking you to { $council }'s sign-in page.
council-sign-in-continue-link = Continue to { $council }'s sign-in
council-sign-in-continue-nothing = No council sign-in is waiting here. Start again from the sign-in page.
council-sign-in-settings-title = Council sign-in
council-sign-in-settings-intro = Staff can sign in with their council account, for example Microsoft Entra ID. Heard finds them by email among the staff you add. Nobody gets an account by signing in.
council-sign-in-is-on = Council sign-in is on for addresses at { $domain }.
council-sign-in-is-off = Council sign-in is off. Staff sign in with their passwords.
council-sign-in-return-heading = The address to register
council-sign-in-return-intro = Register this redirect address with your provider, for the web platform:
council-sign-in-provider-heading = Your provider
council-sign-in-issuer = Issuer address
council-sign-in-issuer-hint = For Microsoft Entra ID: https://login.microsoftonline.com/ then your tenant ID, then /v2.0
council-sign-in-client-id = Client ID
council-sign-in-client-secret = Client secret
council-sign-in-secret-hint = From your provider. Heard keeps it sealed and never shows it again.
council-sign-in-secret-keep-hint = Leave this empty to keep the secret saved before.
council-sign-in-domain = Staff email domain
council-sign-in-domain-hint = For example cardiff.gov.uk. Only addresses at this domain sign in this way.
council-sign-in-save = Save council sign-in
council-sign-in-turn-off = Turn off council sign-in
council-sign-in-saved = Council sign-in is saved. Staff at { $domain } can use it now.
council-sign-in-turned-off = Council sign-in is off. Staff sign in with their passwords.
council-sign-in-issuer-invalid = Enter the issuer's address, starting https://
council-sign-in-issuer-unreachable = Heard could not read an OpenID configuration at this issuer. Check the address.
council-sign-in-client-id-missing = Enter the client ID from your provider.
council-sign-in-secret-missing = Enter the client secret from your provider.
council-sign-in-domain-invalid = Enter a domain like cardiff.gov.uk.
council-sign-in-domain-taken = Another council uses this domain for council sign-in.
audit-council-sign-in-on = Council sign-in was turned on
audit-council-sign-in-changed = Council sign-in was changed
audit-council-sign-in-off = Council sign-in was turned off
audit-council-sign-in-refused = A council sign-in was refused

## Importing staff
import-col-staff-email = Their work email. Importing again updates the member with this email.
import-col-staff-name = Their name as colleagues know it.
import-col-staff-role = One of: iro, business_support, manager, admin.
import-col-staff-active = yes, or no for someone who has left. Empty means yes.
import-staff-heading = Importing staff
import-staff-intro = A file with the columns below adds and updates staff instead of children. Only an admin can import it. New staff have no password: they sign in through your council, so turn on council sign-in first.
import-staff-sample = Download a sample staff file
import-staff-clean = No problems found. Staff to add: { $adding }. Staff to update: { $updating }.
import-staff-apply = { $count ->
    [one] Import 1 member of staff
   *[other] Import { $count } staff
}
import-staff-done = The staff file was imported. Added: { $added }. Updated: { $updated }.
err-import-staff-role = Write the role as iro, business_support, manager or admin.
err-import-staff-active = Write yes, or no for someone who has left.
err-import-staff-yourself = Change your own account by hand, not in a file.
err-import-staff-needs-council-sign-in = New staff sign in through the council. Turn on council sign-in for this email's domain first.
err-import-staff-twice = This email is on line { $line } already.
err-import-staff-admins-only = Only an admin can import staff.
audit-import-staff-applied = A staff file was imported

api-scope-reviews = Book and change children's next reviews, by the same rules as the booking form
audit-api-review-booked = A case system booked a review
audit-api-review-changed = A case system changed a booking
council-sign-in-secret-again = Enter the client secret again: the issuer or client ID changed.
council-sign-in-second-factor = Your council's sign-in must ask for a second factor (for example Microsoft Authenticator): Heard does not ask for its own code after it.

## Languages offered to children, parents and carers (admins)

languages-title = Languages
languages-intro = Children, parents and carers can always use Welsh and English. Choose which other languages to offer them too. An invitation can then be sent in any language you offer.
languages-never-machine = Nobody's words are machine-translated. What a child or parent writes in their language reaches the IRO as they wrote it, and the pack says which language it is in, so you can book an interpreter.
languages-column-language = Language
languages-column-review = Translation
languages-column-voice = Read aloud
languages-column-offered = Offered
language-review-source = The original: every text is written in English first
language-review-reviewed = Checked by a qualified translator
language-review-draft = Draft: not yet checked by a qualified translator
language-voice-clips = Recorded clips of every question and answer
language-voice-device = The device's own voice, where it has one for this language; otherwise no read-aloud button
languages-always = Always offered
languages-offered = Offered
languages-not-offered = Not offered
languages-offer = Offer { $language }
languages-stop = Stop offering { $language }
languages-now-offered = { $language } is now offered to children, parents and carers.
languages-no-longer-offered = { $language } is no longer offered. Invitations already sent in it still work.
languages-not-one = Choose one of the languages on this page.
audit-language-offered = A language was offered
audit-language-withdrawn = A language was no longer offered
pack-language-used = Answered in { $languages }.
pack-interpreter = Heard does not translate anyone's words: book an interpreter to read them with you.
err-language-not-offered = The council does not offer this language. An admin can offer it on the Languages page.

## The pack: recordings and drawings

pack-media-voice = Recording
pack-media-drawing = Drawing
pack-media-drawing-alt = A drawing given for: { $question }
pack-media-voice-in-pdf = A recording was given. Play it in the pack online.
pack-media-drawing-in-pdf = A drawing was given. See it in the pack online.
audit-media-opened = A recording or drawing in a pack was played or viewed
