### Words on every page and on the public pages (landing, help, accessibility, errors).
### Spoken to anyone: Welsh uses "chi".
### Cymraeg (Welsh). app/locales/README.md explains the syntax.

## Every page: name, skip link, menus, footer

app-name = Clywed
app-tagline = Dy lais yn dy adolygiad
skip-to-content = Neidio i'r prif gynnwys
language-switch-label = Iaith
help-now = Help nawr
main-navigation = Prif ddewislen
home = Hafan
footer-accessibility = Datganiad hygyrchedd
footer-help = Help nawr
footer-credits = Cydnabyddiaeth a thrwyddedau

## The landing page

landing-title = Clywed: dy lais yn dy adolygiad
landing-intro1 = Mae Clywed yn helpu plant a phobl ifanc mewn gofal i ddweud beth maen nhw'n ei feddwl.
landing-intro2 = Gallwch chi ateb cyn cyfarfod eich adolygiad.
landing-intro3 = Defnyddiwch luniau, geiriau neu sain, yn eich iaith eich hun.
landing-intro4 = Gall rhieni a gofalwyr anfon eu barn hefyd.
landing-intro5 = Mae'r person sy'n cynnal eich cyfarfod yn darllen y cyfan yn gyntaf.
landing-have-code = Wedi cael llythyr neu ddolen?
landing-have-code-text = Agorwch y ddolen yn eich neges, neu teipiwch y cod o'ch llythyr.
landing-staff = Staff y cyngor
landing-staff-sign-in = Mewngofnodi staff

## Errors any page can show

error-summary-title = Mae problem
err-not-found = Doedden ni ddim yn gallu dod o hyd i hynny.
err-something-wrong = Aeth rhywbeth o'i le ar ein hochr ni. Ni newidiwyd dim. Rhowch gynnig arall arni.
not-found-title = Heb ddod o hyd i'r dudalen
not-found-text = Doedden ni ddim yn gallu dod o hyd i'r dudalen honno. Gwiriwch y cyfeiriad, neu ewch yn ôl i'r dechrau.
go-to-start = Mynd i'r dechrau
calm-busy-title = Mae Clywed yn brysur
calm-busy = Mae Clywed yn brysur am eiliad. Ni chollwyd dim a anfonwyd. Arhoswch ychydig eiliadau, yna rhowch gynnig arall arni.
calm-bad-request-title = Ni chyrhaeddodd hynny fel y disgwyl
calm-bad-request = Nid oedd Clywed yn gallu darllen yr hyn a anfonwyd. Ni newidiwyd dim. Ewch yn ôl a rhowch gynnig arall arni.
calm-broken-title = Aeth rhywbeth o'i le
calm-broken = Aeth rhywbeth o'i le ar ein hochr ni. Nid chi achosodd hyn. Rhowch gynnig arall arni.
calm-try-again = Mynd yn ôl a rhoi cynnig arall arni

## Accessibility statement

a11y-title = Datganiad hygyrchedd
a11y-p1 = Mae Clywed yn cael ei redeg gan y cynghorau sy'n ei ddefnyddio. Rydyn ni eisiau i gynifer o bobl â phosibl allu ei ddefnyddio.
a11y-p2 = Dylech allu defnyddio Clywed ar 320 picsel o led, chwyddo i 200%, a'i ddefnyddio gyda bysellfwrdd neu ddarllenydd sgrin.
a11y-p3 = Mae pob tudalen yn gweithio cyn i'w sgriptiau lwytho. Gall plant, rhieni a gofalwyr ddefnyddio Clywed yn Gymraeg, yn Saesneg ac yn yr ieithoedd eraill mae eu cyngor yn eu cynnig. Mae tudalennau staff yn Gymraeg ac yn Saesneg.
a11y-compliance-heading = Statws cydymffurfio
a11y-compliance = Ein nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG) 2.2 ar lefel AA. Mae gwiriadau awtomatig gydag axe-core yn rhedeg ar bob tudalen yn y ddwy iaith cyn pob rhyddhad.
a11y-report-heading = Rhoi gwybod am broblem
a11y-report = Os nad yw rhywbeth yn gweithio i chi, dywedwch wrth eich cyngor neu'r person a anfonodd y ddolen atoch. Byddwn yn ateb o fewn 10 diwrnod gwaith.
a11y-enforcement = Os nad ydych yn fodlon â'n hateb, cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).
a11y-prepared = Paratowyd y datganiad hwn ar 23 Tachwedd 2026.

## Credits and licences

credits-title = Cydnabyddiaeth a thrwyddedau
credits-symbols = Symbolau:
credits-voices = Recordiadau darllen yn uchel wedi'u gwneud gyda
credits-fonts = Ffontiau mewn lawrlwythiadau PDF ac ar gyfer sgriptiau eraill:
credits-own-symbols = Gall cyngor ddefnyddio ei symbolau trwyddedig ei hun (er enghraifft Widgit) yn lle'r rhain.
credits-intro = Mae Clywed wedi'i adeiladu gyda meddalwedd cod agored.
