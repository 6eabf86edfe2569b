### Email and the printed invitation letter. Emails are plain text and hold a first name and
### a link at most: nothing else personal.
### English. app/locales/README.md explains the syntax.

## The printed invitation letter (in the recipient's language)

letter-hello = Hello { $name }!
letter-child-intro = Your review meeting is on { $when }.
letter-adult-intro = You are invited to the review meeting for { $name }. It is on { $when }.
letter-views = You can tell us what you think before the meeting.
letter-scan = Scan the square with a phone camera.
letter-type-code = Or go to { $address } and type this code:
letter-code-works-until = The code works until { $date }.
letter-qr-label = QR code that opens your invitation
letter-help = Need help? Ask your carer, or contact us: { $contact }.
letter-help-no-contact = Need help? Ask your carer or your social worker.
letter-other-language = This letter is also available in English: type the code, then choose English.

## Email to children, parents and carers (plain text: a first name and a link, nothing else personal)

mail-hello = Hello { $name },
mail-invite-subject = Heard: you are invited to share your views
mail-invite-body = You are invited to share your views before a review meeting.
mail-changed-subject = Heard: the review meeting has changed
mail-changed-body = The date, time or arrangements of the review meeting have changed.
mail-cancelled-subject = Heard: the review meeting is cancelled
mail-cancelled-body = The review meeting you were invited to is cancelled. Your council will be in touch.
mail-reminder-subject = Heard: a reminder to share your views
mail-reminder-body = There is still time to share your views before the review meeting.
mail-letter-subject = Heard: a letter from your IRO
mail-letter-body = Your IRO has written to you about your review meeting. Open your link to read it. You will need your secret.
mail-open-link = Open your link:
mail-link-private = This link is just for you. Please do not share it.
mail-ignore = If you were not expecting this message, you can ignore it.
mail-other-language = This service is also available in English.

## Email to staff (no personal details)

mail-alert-subject = Heard: urgent alert for a child you review
mail-alert-body = A child has said they do not feel safe. Open Heard now to see who and act:
mail-duty-alert-body = A child has said they do not feel safe. Their IRO has been told. Please contact the review team now:
mail-advocacy-subject = Heard: a request for an advocate
mail-parent-advocacy-body = A parent of a child in care has asked for an advocate for themselves. Please contact the review team and quote reference { $reference }:
mail-advocacy-body = A child or young person has asked for an advocate. Please contact the review team and quote reference { $reference }:
mail-message-subject = Heard: a message from a child you review
mail-message-body = A child has sent you a message. Open Heard to read it:
mail-staff-footer = This message holds no personal details. Sign in to Heard to see them.
