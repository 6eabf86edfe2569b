### Words on every page and on the public pages (landing, help, accessibility, errors).
### Spoken to anyone: Welsh uses "chi".
### English. app/locales/README.md explains the syntax.

## Every page: name, skip link, menus, footer

app-name = Heard
app-tagline = Your voice in your review
skip-to-content = Skip to main content
language-switch-label = Language
help-now = Help now
main-navigation = Main
home = Home
footer-accessibility = Accessibility statement
footer-help = Help now
footer-credits = Credits and licences

## The landing page

landing-title = Heard: your voice in your review
landing-intro1 = Heard helps children and young people in care say what they think.
landing-intro2 = You can answer before your review meeting.
landing-intro3 = Use pictures, words or sound, in your own language.
landing-intro4 = Parents and carers can send their views too.
landing-intro5 = The person who runs your meeting reads it all first.
landing-have-code = Got a letter or a link?
landing-have-code-text = Open the link in your message, or type the code from your letter.
landing-staff = Council staff
landing-staff-sign-in = Staff sign in

## Errors any page can show

error-summary-title = There is a problem
err-not-found = We could not find that.
err-something-wrong = Something went wrong on our side. Nothing was changed. Please try again.
not-found-title = Page not found
not-found-text = We could not find that page. Check the address, or go back to the start.
go-to-start = Go to the start
calm-busy-title = Heard is busy
calm-busy = Heard is busy for a moment. Nothing you sent was lost. Please wait a few seconds, then try again.
calm-bad-request-title = That did not arrive as expected
calm-bad-request = Heard could not read what was sent. Nothing was changed. Go back and try again.
calm-broken-title = Something went wrong
calm-broken = Something went wrong at our end. It was not something you did. Please try again.
calm-try-again = Go back and try again

## Accessibility statement

a11y-title = Accessibility statement
a11y-p1 = Heard is run by the councils that use it. We want as many people as possible to be able to use it.
a11y-p2 = You should be able to use Heard at 320 pixels wide, zoom to 200%, and use it by keyboard or with a screen reader.
a11y-p3 = Every page works before its scripts load. Children, parents and carers can use Heard in Welsh, in English and in the other languages their council offers. Staff pages are in Welsh and English.
a11y-compliance-heading = Compliance status
a11y-compliance = We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at level AA. Automated checks with axe-core run on every page in both languages before each release.
a11y-report-heading = Reporting a problem
a11y-report = If something does not work for you, tell your council or the person who sent you the link. We will reply within 10 working days.
a11y-enforcement = If you are not happy with our reply, contact the Equality Advisory and Support Service (EASS).
a11y-prepared = This statement was prepared on 23 November 2026.

## Credits and licences

credits-title = Credits and licences
credits-symbols = Symbols:
credits-voices = Read-aloud recordings made with
credits-fonts = Fonts in PDF downloads and for other scripts:
credits-own-symbols = A council may use its own licensed symbols (for example Widgit) in place of these.
credits-intro = Heard is built with open source software.
