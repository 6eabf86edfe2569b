### Every word on the screens a child or young person sees (the way in, the secret, the
### form, help now). Easy read: every sentence 15 words or fewer (a test checks). Welsh speaks
### to the child as "ti" and spells "you can" as "gelli" (a test checks). Parents and carers
### see these screens too; where their words differ, they are in family.ftl.
### English. app/locales/README.md explains the syntax.

## Help now: the panel on every child screen, and the help page

help-now-title = Help now
help-now-intro = You can talk to someone now. It is free.
help-danger = In danger now? Call 999.
help-meic = Meic: call 080880 23456 or text 84001. Open 8am to midnight.
help-meic-web = Meic also has a web chat.
help-childline = Childline: call 0800 1111.
help-call999 = Call 999
help-call-meic = Call Meic
help-text-meic = Text Meic
help-call-childline = Call Childline

## The way in: a code or link, then the review

landing-type-code = Type your code
entry-title = Start
entry-code-label = Your code
entry-code-hint = It looks like ACD7F-GH3KM. Capital letters are not needed.
entry-start = Start
entry-not-working = Sorry, that code or link did not work. It may be old, or have a typing mistake. Please check it, or ask for help.
entry-code-missing = Type the code from your letter.
entry-too-many =
    { $minutes ->
        [one] Too many tries. Please wait { $minutes } minute, or ask for help.
       *[other] Too many tries. Please wait { $minutes } minutes, or ask for help.
    }
entry-try-code = Type a code instead
entry-ask-heading = Who can help
entry-hello = Hello { $name }!
entry-leave = Finish for now
entry-left = You have finished for now. Use your link or code to come back.
my-review-title = Your review
my-review-when-child = Your review meeting is on { $when }.
my-review-from = This review is run by { $council }.
my-review-questions = Questions? Contact the review team:

## Making and using a secret

secret-pick-three = Pick exactly 3 pictures.
secret-phrase-short = Your secret phrase needs 8 letters or more.
secret-phrase-long = Your secret phrase is too long. Use fewer than 200 letters.
secret-phrase-differ = The two phrases are not the same. Type it again.
secret-phrase-label = Secret phrase
secret-phrase-again = Type it again
secret-pictures-legend = Pick 3 pictures
secret-use-pictures = Save my pictures
secret-use-phrase = Save my phrase
unlock-wrong = That was not right. Try again.
unlock-locked = Your secret is locked. Ask your carer or your IRO to help.
unlock-go = Let me in
child-secret-title = Make your secret
child-unlock-title = Welcome back

## Asking for an advocate

advocacy-asked = We will ask an advocate to contact you.
advocacy-from = Advocates near you are from { $provider }.
advocacy-reference = Your request number is { $reference }.
child-advocacy-title = Would you like an advocate?

## Messages to the IRO

message-pick-kind = Choose what your message is about.
message-sent = Your message has gone to your IRO.
message-sent-on = Sent on { $date }
message-not-read-yet = Not read yet
messages-sent-heading = Messages you sent
tell-my-iro = Tell my IRO

## Giving views: the form, checking, adding more, done

check-change-answers = Change my answers
consult-too-long =
    { $limit ->
        [one] That is very long. Please keep it under { $limit } letter, or add more after sending.
       *[other] That is very long. Please keep it under { $limit } letters, or add more after sending.
    }
consult-not-a-choice = Please choose one of the answers shown.
consult-already-sent = You have already sent this. You can add more below.
check-saved = Your choices are saved.
check-save-choices = Save these choices
check-nothing = You have not written anything here yet. That is fine.
add-more-label = Add something more
add-more-send = Add this
add-more-closed = It is too late to add more before this meeting. You can tell your IRO at the meeting.
add-more-empty = Write something to add, or leave it.
add-more-saved = We have added it. Your IRO will see it.
added-on = Added on { $date }
done-meeting = Your meeting is on { $date }.
done-add-until = You can add more until { $date }.
done-what-you-said = What you said
form-later-title = Saved for later
form-later-saved = Everything you said is saved.
form-later-return = Use your link or code to come back. Then use your secret.
form-carry-on = Carry on
form-start = Start
form-see-what-i-said = See what I said
form-progress = Your progress
form-part = Part { $n } of { $total }
form-done = done
form-here = you are here
form-your-answer = Your answer
form-not-safe-help = If you don't feel safe, press this button.
form-talk-to-advocate = Talk to an advocate
form-retrying = Not saved yet. Your answers are kept on this device. Trying again…
form-signed-out = Your answers are kept on this device. Open your link or code again to save them.
form-saving = Saving…
form-saved = Saved
form-offline = No connection. Your answers are kept on this device. They will be saved when you are back online.
safe-duty-number = The duty team: { $name }, { $phone }
safe-not-signed-in = If you are not safe, call 999 or talk to someone below.
child-welcome-title = Welcome
child-about-title = What is this?
child-check-title = Check what you said
child-done-title = Thank you for telling us
child-safe-title = You said you don't feel safe
child-form-title = Your views
listen = Listen
sharing-private-tag = Just for your IRO
sharing-share-tag = Can be talked about

## Say it or draw it: why a recording or a drawing was not kept

err-media-wrong-voice = We can't play this. Please send a sound recording.
err-media-wrong-drawing = We can't show this. Please send a picture.
err-media-empty = This was empty. Please try again.
err-media-silent = We could not hear anything. Please try again.
err-media-too-big = This is too big. Please send a shorter or smaller one.
err-media-damaged = This did not arrive whole. Please try again.
