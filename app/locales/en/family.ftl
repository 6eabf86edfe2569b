### The words on the child's screens that differ for a parent or carer: Welsh addresses an adult
### as "chi" (a test checks that none says "ti"). Each one has a twin in child.ftl
### (`for_adults` in app/src/i18n/mod.rs pairs them). Easy read too: 15 words or fewer a sentence.
### English. app/locales/README.md explains the syntax.

## Help for adults (the panel on parents' and carers' screens)

help-adult-danger = If a child is in danger now, call 999.
help-samaritans = Need to talk to someone now? Samaritans listen, day or night. It is free.
help-call-samaritans = Call Samaritans: 116 123
help-call-samaritans-welsh = Samaritans in Welsh: 0808 164 0123

## The way in and the review

my-review-when-adult = The review meeting for { $name } is on { $when }.
give-your-views = Give your views
see-what-you-sent = See what you sent
adult-form-carry-on = Carry on
adult-my-review-title = Your review

## The same screens as a child's, in the words for an adult

adult-check-saved = Your choices are saved.
adult-secret-phrase-again = Type it again
adult-unlock-go = Let me in
adult-form-later-saved = Everything you said is saved.
adult-form-later-return = Use your link or code to come back. Then type your secret phrase.
adult-advocacy-from = Advocates near you are from { $provider }.
adult-advocacy-reference = Your request number is { $reference }.
adult-done-what-you-said = What you said
adult-done-add-until = You can add more until { $date }.
adult-add-more-label = Add something more
adult-check-nothing = You have not written anything yet. That is fine.
adult-form-progress = Your progress
adult-form-offline = No connection. Your answers are kept on this device. They will be saved when you are back online.
adult-secret-phrase-short = Your secret phrase needs 8 letters or more.
adult-secret-phrase-long = Your secret phrase is too long. Use fewer than 200 letters.
adult-secret-phrase-differ = The two phrases are not the same. Type it again.
adult-unlock-wrong = That was not right. Try again.
adult-unlock-locked = Your secret phrase is locked. Please call the review team to open it.
adult-consult-too-long =
    { $limit ->
        [one] That is very long. Please keep it under { $limit } letter, or add more after sending.
       *[other] That is very long. Please keep it under { $limit } letters, or add more after sending.
    }
adult-consult-not-a-choice = Please choose one of the answers shown.
adult-add-more-empty = Write something to add, or leave it.
adult-add-more-closed = It is too late to add more before this meeting. You can tell the IRO at the meeting.
adult-add-more-saved = We have added it. The IRO will see it.
adult-advocacy-asked = We will ask an advocate to contact you.
adult-consult-already-sent = You have already sent this. You can add more below.
adult-form-retrying = Not saved yet. Your answers are kept on this device. Trying again…
adult-form-signed-out = Your answers are kept on this device. Open your link or code again to save them.
