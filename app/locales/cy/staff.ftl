### Words on the staff pages (IROs, business support, managers, administrators), the
### pre-review pack and its PDF, reports and the audit trail.
### Cymraeg (Welsh). app/locales/README.md explains the syntax.

## Signing in and your account

sign-in-title = Mewngofnodi staff
sign-in-intro = I staff y cyngor. Mae plant a theuluoedd yn defnyddio'r ddolen neu'r cod a anfonwyd atynt.
email = Cyfeiriad e-bost
password = Cyfrinair
sign-in-button = Mewngofnodi
sign-out = Allgofnodi
signed-out = Rydych chi wedi allgofnodi.
sign-in-failed = Nid oedd yr e-bost a'r cyfrinair yn cyfateb. Gwiriwch nhw a rhowch gynnig arall arni.
sign-in-locked = Gormod o gynigion. Rhowch gynnig arall arni ymhen { $minutes } munud.
sign-in-missing = Rhowch eich cyfeiriad e-bost a'ch cyfrinair.
session-ended = Mewngofnodwch i barhau.
my-account = Fy nghyfrif
account-title = Fy nghyfrif
change-password-heading = Newid eich cyfrinair
current-password = Cyfrinair presennol
new-password = Cyfrinair newydd
change-password-button = Newid cyfrinair
password-changed = Cafodd eich cyfrinair ei newid.
err-current-password-wrong = Nid oedd eich cyfrinair presennol yn gywir.

## Home pages and roles

staff-home-title = Hafan
signed-in-as = Wedi mewngofnodi fel { $name }
role-admin = Gweinyddwr
role-manager = Rheolwr gwasanaeth
role-iro = Swyddog Adolygu Annibynnol
role-support = Cymorth busnes
iro-home-empty = Does dim plant wedi'u dyrannu i chi eto.
nav-children = Plant
manager-home-heading = Adroddiadau
manager-home-link = Ffigurau ar gyfer y Bwrdd Rhianta Corfforaethol
admin-home-heading = Gweinyddu
admin-manage-staff = Rheoli staff
next-review = Adolygiad nesaf
next-review-heading = Yr adolygiad nesaf
to-print-empty = Does dim llythyrau i'w hargraffu.
to-chase-empty = Does dim angen mynd ar ôl unrhyw ymatebion eto.

## Urgent alerts, advocacy and messages from children

iro-advocacy-title = Wedi gofyn am eiriolwr
iro-advocacy-parent = gofynnodd rhiant
iro-advocacy-line = cyfeirnod { $reference }, gofynnwyd ar { $date_soft }
iro-alerts-title = Brys: dywedodd plentyn nad yw'n teimlo'n ddiogel
iro-alert-raised = Codwyd { $when }
iro-acknowledge = Rydw i'n delio â hyn
iro-acknowledged = Wedi'i farcio fel un sy'n cael sylw.
iro-messages-title = Negeseuon gan blant
iro-message-open = Darllen y neges
iro-message-title = Neges gan blentyn
iro-message-from = Gan { $name }, anfonwyd ar { $date_soft }.
iro-message-about = Am
iro-message-words = Eu geiriau
iro-message-no-words = Wnaethon nhw ddewis peidio ag ysgrifennu dim.

## Children

child-name = Enw
child-age = Oed
child-language = Iaith
child-form = Ffurflen
age-band-under8 = O dan 8
age-band8-to12 = 8 i 12
age-band13-plus = 13 a throsodd
age-band-care-leaver = Gadael gofal
children-title = Plant
children-caption = Plant sy'n derbyn gofal gan { $authority }
children-add = Ychwanegu plentyn
child-add-title = Ychwanegu plentyn
child-edit-title = Manylion y plentyn
child-preferred-name = Yr enw maen nhw'n hoffi cael eu galw
child-preferred-name-hint = Dyma'r enw mae Clywed yn ei ddefnyddio gyda'r plentyn.
child-full-name = Enw cyfreithiol llawn
child-full-name-hint = Dim ond staff sy'n gweld hwn. Nid yw byth yn cael ei ddangos i'r plentyn na'i anfon drwy e-bost.
child-case-reference = Cyfeirnod achos (dewisol)
child-case-reference-hint = Rhif y plentyn yn system achosion y cyngor, er enghraifft WCCIS-123456. Mae'n gwahaniaethu rhwng dau blentyn gyda'r un enw.
child-tag = { $initial } · { $age } oed
child-tag-with-reference = { $initial } · { $reference } · { $age } oed
child-dob = Dyddiad geni
child-language-pref = Dewis iaith
child-comm-needs = Anghenion cyfathrebu (dewisol)
child-comm-needs-hint = Er enghraifft: yn defnyddio symbolau, angen darllen yn uchel, yn defnyddio BSL.
child-looked-after-since = Y dyddiad y dechreuon nhw dderbyn gofal
child-looked-after-since-hint = Ar gyfer seibiannau byr, dyddiad y seibiant cyntaf.
child-legal-basis = Sail gyfreithiol
child-placement-type = Math o leoliad (dewisol)
child-iro = Swyddog Adolygu Annibynnol wedi'i ddyrannu
child-iro-none = Heb ei ddyrannu eto
child-save = Cadw
child-added = Cafodd { $name } ei ychwanegu.
child-saved = Cafodd manylion { $name } eu cadw.
child-edit = Golygu { $name }
basis-care-order = Gorchymyn gofal
basis-interim-care-order = Gorchymyn gofal interim
basis-section76 = Wedi'i letya (adran 76)
basis-section76-short-breaks = Seibiannau byr (adran 76)
basis-placement-with-parents = Wedi'i leoli gyda rhieni
basis-placed-for-adoption = Wedi'i leoli i'w fabwysiadu
basis-pathway-plan = Cynllun llwybr (16 a throsodd)
err-dob-future = Rhaid i'r dyddiad geni fod yn y gorffennol.
err-dob-too-old = Mae Clywed ar gyfer pobl 25 oed neu iau. Gwiriwch y dyddiad geni.
err-since-before-birth = Rhaid i'r dyddiad hwn fod ar neu ar ôl y dyddiad geni.
err-since-future = Ni all y dyddiad hwn fod yn y dyfodol.
err-iro-invalid = Dewiswch Swyddog Adolygu Annibynnol o'r rhestr.
err-legal-basis = Dewiswch y sail gyfreithiol.
child-page-title = Plentyn
history-heading = Adolygiadau blaenorol a newidiadau lleoliad
history-empty = Dim wedi'i gofnodi eto.
unplanned-move = Newid lleoliad heb ei gynllunio
record-past-review = Cofnodi adolygiad sydd eisoes wedi'i gynnal
record-past-review-hint = Ar gyfer adolygiadau cyn i'r plentyn hwn gael ei ychwanegu at Clywed.
record-move = Cofnodi newid lleoliad heb ei gynllunio
record-move-hint = Mae'r adolygiad nesaf wedyn yn ddyledus o fewn 28 diwrnod.
record = Cofnodi
past-review-recorded = Cafodd adolygiad blaenorol ar gyfer { $name } ei gofnodi.
move-recorded = Cafodd y newid lleoliad ar gyfer { $name } ei gofnodi.

## Checks on dates and text typed into several forms

err-date-invalid = Rhowch ddyddiad go iawn.
err-text-too-long = Mae hwn yn rhy hir. Defnyddiwch { $max } nod neu lai.
err-language = Dewiswch un o'r ieithoedd yn y rhestr.

## Reviews: booking, the schedule, the meeting

due-first = Adolygiad cyntaf (o fewn 28 diwrnod)
due-second = Ail adolygiad (o fewn 3 mis)
due-subsequent = Adolygiad (bob 6 mis)
due-short-breaks-first = Adolygiad seibiannau byr cyntaf (o fewn 3 mis)
due-after-move = Adolygiad ar ôl newid lleoliad (o fewn 28 diwrnod)
state-scheduled = Wedi'i drefnu
state-due-soon = Yn ddyledus o fewn 14 diwrnod
state-overdue = Hwyr
state-held = Wedi'i gynnal
state-cancelled = Wedi'i ganslo
err-meeting-weekend = Mae { $date } ar benwythnos. Os yw'r plentyn eisiau'r cyfarfod bryd hynny, ticiwch y blwch i'w gadarnhau.
err-meeting-bank-holiday = Mae { $date } yn ŵyl banc. Os yw'r plentyn eisiau'r cyfarfod bryd hynny, ticiwch y blwch i'w gadarnhau.
confirm-non-working-day = Ydw, cynnal y cyfarfod ar y diwrnod hwn
due-on-non-working-day = { $date } (nid yw'n ddiwrnod gwaith: y diwrnod gwaith olaf cyn hynny yw { $working })
err-delay-reason = Mae'r dyddiad hwn ar ôl i'r adolygiad fod yn ddyledus. Dywedwch pam mae'n hwyr.
err-delay-too-long = Ni ellir oedi adolygiad fwy nag 20 diwrnod gwaith. Y dyddiad olaf yw { $latest }.
arrangement-in-person = Wyneb yn wyneb
arrangement-video = Galwad fideo
arrangement-phone = Cynhadledd ffôn
arrangement-hybrid = Wyneb yn wyneb a fideo (hybrid)
arrangement = Sut mae'r cyfarfod yn digwydd
arrangement-details = Lleoliad neu gyfarwyddiadau ymuno
arrangement-details-hint = Mae'r gwahoddedigion yn gweld hwn. Er enghraifft: y cyfeiriad a'r ystafell, neu sut i ymuno â'r alwad.
booking-title = Trefnu adolygiad
booking-edit-title = Newid y trefniant
book-review-button = Trefnu'r adolygiad
booking-change-tells-invitees = Mae gwahoddiadau wedi mynd allan. Os byddwch yn newid y dyddiad, yr amser neu'r trefniadau, bydd gwahoddedigion a gafodd e-bost yn cael gwybod, a bydd llythyrau'n cael eu nodi i'w hailargraffu.
already-booked = Mae adolygiad eisoes wedi'i drefnu ar gyfer { $name }.
open-review = Agor yr adolygiad
meeting-date = Dyddiad y cyfarfod
meeting-date-hint = Os yw ar ôl y dyddiad dyledus, rhowch y rheswm dros yr oedi isod.
meeting-time = Amser dechrau
meeting-time-hint = Er enghraifft, 10:30.
meeting-when = Cyfarfod
delay-reason = Rheswm dros yr oedi (dim ond os yw ar ôl y dyddiad dyledus)
delay-reason-hint = Caiff hwn ei gofnodi ar gyfer ffigurau amseroldeb yr adolygiad.
save-changes = Cadw'r newidiadau
change-booking = Newid y dyddiad neu'r trefniadau
review-title = Adolygiad
review-kind = Math o adolygiad
review-due = Yn ddyledus erbyn
review-state = Cyflwr
report-deadline = Adroddiadau'n ddyledus
latest-allowed = Y dyddiad olaf os oes oedi
not-booked = Heb ei drefnu
review-booked = Mae'r adolygiad ar gyfer { $name } wedi'i drefnu. Nawr ychwanegwch pwy sy'n cael gwahoddiad.
review-saved = Cafodd yr adolygiad ar gyfer { $name } ei gadw.
review-saved-told = Cafodd yr adolygiad ar gyfer { $name } ei gadw. Bydd { $count } gwahoddai yn cael gwybod drwy e-bost.
review-marked-held = Cafodd yr adolygiad ar gyfer { $name } ei nodi fel wedi'i gynnal.
review-cancelled-notice = Cafodd yr adolygiad ar gyfer { $name } ei ganslo. Nid yw dolenni gwahodd yn gweithio mwyach.
close-review-heading = Ar ôl y cyfarfod
held-on = Dyddiad ei gynnal
mark-held = Nodi fel wedi'i gynnal
cancel-review = Canslo'r adolygiad hwn
cancel-review-hint = Bydd gwahoddedigion a gafodd e-bost yn cael gwybod, a bydd pob dolen a chod yn peidio â gweithio.
err-meeting-past = Ni all dyddiad y cyfarfod fod yn y gorffennol.
err-time-invalid = Rhowch amser fel 10:30.
err-arrangement = Dewiswch sut mae'r cyfarfod yn digwydd.
err-arrangement-details = Dywedwch ble mae'r cyfarfod neu sut i ymuno ag ef.
err-already-booked = Mae adolygiad eisoes wedi'i drefnu ar gyfer y plentyn hwn. Newidiwch hwnnw yn lle hynny.
err-review-closed = Mae'r adolygiad hwn wedi'i gynnal neu ei ganslo, felly ni ellir ei newid.
err-held-future = Ni all y dyddiad fod yn y dyfodol.
err-before-looked-after = Ni all y dyddiad fod cyn i'r plentyn ddechrau derbyn gofal.
meeting-confirmed = Dyddiad, amser a sut i ymuno wedi'u cadarnhau: gall y rhai a wahoddwyd eu gweld
meeting-not-confirmed = Heb ei gadarnhau eto: dywedir wrth y rhai a wahoddwyd y daw'r manylion
confirm-meeting = Cadarnhau'r dyddiad, yr amser a sut i ymuno
meeting-confirmed-notice = Wedi cadarnhau. Gall y rhai a wahoddwyd i adolygiad { $name } weld pryd a sut i ymuno nawr.
err-meeting-changed = Newidiodd y trefniant tra oeddech chi'n edrych. Gwiriwch y dyddiad, yr amser a sut i ymuno, yna cadarnhewch eto.
err-not-their-iro = Dim ond IRO y plentyn ei hun all wneud hyn.
reset-secret = Ailosod eu cyfrinach
secret-was-reset = Cafodd eu cyfrinach ei chlirio. Byddan nhw'n gwneud un newydd y tro nesaf.
secret-locked-tag = cyfrinach wedi'i chloi

## The staff list (administrators)

staff-title = Staff
staff-intro = Staff { $authority }. Gall pobl rydych chi'n eu hychwanegu fewngofnodi ar unwaith.
staff-name = Enw
staff-role = Rôl
staff-status = Statws
staff-active = Gweithredol
staff-disabled = Wedi'i analluogi
staff-actions = Camau
staff-disable = Analluogi { $name }
staff-enable = Galluogi { $name }
staff-add-heading = Ychwanegu aelod o staff
staff-add-button = Ychwanegu aelod o staff
staff-password-hint = O leiaf 12 nod. Rhowch ef iddyn nhw wyneb yn wyneb a gofynnwch iddyn nhw ei newid.
staff-added = Cafodd { $name } ei ychwanegu.
staff-disabled-done = Ni all { $name } fewngofnodi mwyach.
staff-enabled-done = Gall { $name } fewngofnodi eto.
staff-you = (chi)
err-name-required = Rhowch enw.
err-case-reference = Dechreuwch gyda llythyren neu rif. Yna defnyddiwch lythrennau A i Z, rhifau, bylchau a - / . _ yn unig
err-case-reference-taken = Mae gan blentyn arall y cyfeirnod achos hwnnw'n barod.
err-name-too-long = Rhaid i'r enw fod yn 100 nod neu lai.
err-email-invalid = Rhowch gyfeiriad e-bost fel enw@cyngor.llyw.cymru.
err-email-taken = Mae rhywun eisoes yn defnyddio'r cyfeiriad e-bost hwnnw.
err-password-short = Rhaid i'r cyfrinair fod yn 12 nod o leiaf.
err-password-long = Rhaid i'r cyfrinair fod yn 128 nod neu lai.
err-role-invalid = Dewiswch rôl.
err-cannot-disable-self = Ni allwch analluogi eich cyfrif eich hun.

## Invitations and printed letters

audience-child = Plentyn
audience-parent = Rhiant
audience-carer = Gofalwr
audience-other = Arall (cyfarfod yn unig)
delivery-email = E-bost
delivery-post = Llythyr drwy'r post
invitation-not-sent = Heb ei anfon
invitation-sent = Wedi'i anfon
invitation-opened = Wedi'i agor
invitation-in-progress = Ar y gweill
invitation-submitted = Wedi'i gyflwyno
invitation-revoked = Wedi'i ddirymu
invitations-heading = Wedi'u gwahodd
invitation-status-heading = Statws
no-invitees-yet = Does neb wedi cael gwahoddiad eto.
invitee-name = Enw
invitee-audience = Pwy ydyn nhw
invitee-delivery = Sut maen nhw'n cael y gwahoddiad
invitee-first-name = Enw cyntaf
invitee-first-name-hint = Dim ond yr enw cyntaf sy'n mynd yn yr e-bost neu'r llythyr.
invitee-language = Eu hiaith
invitee-email = Cyfeiriad e-bost
invitee-email-hint = Ar gyfer e-bost yn unig. Ar gyfer plentyn ifanc, cyfeiriad gofalwr.
invitee-address = Cyfeiriad post (dewisol)
invitee-address-hint = Ar gyfer llythyrau yn unig. Caiff ei argraffu ar y llythyr, ar gyfer amlen ffenest.
add-invitee-heading = Gwahodd rhywun
add-invitee = Ychwanegu at y gwahoddedigion
invitee-added = Cafodd { $name } ei ychwanegu. Nawr anfonwch y gwahoddiad.
actions = Camau
send-email = Anfon e-bost
send-new-link = Anfon dolen newydd
make-letter = Creu'r llythyr
print-letter = Argraffu'r llythyr
new-code = Cod newydd
revoke = Dirymu
needs-reprint = Newidiodd y cyfarfod: argraffwch a phostiwch y llythyr eto.
reminder-sent = Nodyn atgoffa wedi'i anfon
invitation-sent-notice = Cafodd y gwahoddiad i { $name } ei anfon drwy e-bost.
invitation-resent-notice = Anfonwyd dolen newydd at { $name }. Nid yw'r hen un yn gweithio mwyach.
invitation-revoked-notice = Cafodd y gwahoddiad i { $name } ei ddirymu. Nid yw ei ddolen a'i god yn gweithio mwyach.
letter-posted-notice = Cafodd y llythyr at { $name } ei nodi fel wedi'i bostio.
err-audience = Dewiswch pwy ydyn nhw.
err-delivery = Dewiswch e-bost neu lythyr.
err-post-disabled = Nid yw eich cyngor yn anfon gwahoddiadau drwy'r post. Dewiswch e-bost.
invitation-queued-notice = Nid yw'r gweinydd post wedi derbyn y gwahoddiad i { $name } eto. Mae Clywed yn dal i geisio, ac mae'r dudalen hon yn ei ddangos nes iddo fynd.
err-invitation-revoked = Cafodd y gwahoddiad hwn ei ddirymu. Gwahoddwch y person eto os dylen nhw gymryd rhan.
err-letter-first = Crëwch y llythyr cyn ei nodi fel wedi'i bostio.
letter-title = Llythyr gwahodd
letter-instructions = Argraffwch y dudalen hon (Ctrl+P) ar A4. Yna nodwch fod y llythyr wedi'i bostio. Mae ei argraffu eto yn dangos yr un cod.
mark-posted = Nodi fel wedi'i bostio
back-to-review = Yn ôl i'r adolygiad

## The letter to the child after the review

outcome-title = Llythyr at y plentyn ar ôl yr adolygiad
outcome-open = Ysgrifennu at { $name } am y cyfarfod
outcome-open-sent = Eich llythyr at { $name }
outcome-intro = Ysgrifennwch at { $name } mewn geiriau syml: brawddegau byr, un syniad ym mhob un. Maen nhw'n ei ddarllen gyda'u dolen a'u cyfrinach eu hunain. Dydy'r neges sy'n dweud wrthyn nhw ddim yn dweud dim o'r hyn ysgrifennoch chi.
outcome-language = Ysgrifennwch yn yr iaith hon: { $language } (yr un a ddewisodd { $name }).
outcome-talked = Beth wnaethon ni siarad amdano
outcome-decided = Beth wnaethon ni benderfynu
outcome-next = Beth sy'n digwydd nesaf
outcome-who-to-ask = Pwy i'w holi
outcome-who-to-ask-hint = Pwy y gallan nhw eu holi os oes ganddyn nhw gwestiynau, a sut (eu heiriolwr, eu gweithiwr cymdeithasol, chi).
outcome-held-on = Cynhaliwyd y cyfarfod ar
outcome-save-draft = Cadw drafft
outcome-send = Anfon at { $name } a nodi bod yr adolygiad wedi'i gynnal
outcome-send-hint = Ar ôl ei anfon, does dim modd newid y llythyr.
outcome-draft-saved = Cadwyd y drafft. Does dim wedi'i anfon.
outcome-sent-emailed = Mae eich llythyr wedi'i anfon. Anfonwyd e-bost at { $name } i ddweud bod llythyr (heb ddweud beth sydd ynddo). Mae'r adolygiad wedi'i nodi fel un a gynhaliwyd; mae'r adolygiad nesaf i fod erbyn { $date }.
outcome-sent-tell-them = Mae eich llythyr wedi'i anfon. Mae { $name } yn cael eu gwahoddiad drwy'r post neu â llaw: dywedwch wrthyn nhw fod llythyr, a bod eu cod yn ei agor. Mae'r adolygiad wedi'i nodi fel un a gynhaliwyd; mae'r adolygiad nesaf i fod erbyn { $date }.
outcome-sent-on = Anfonwyd ar { $date_soft }.
outcome-read-on = Darllenodd { $name } ef ar { $date_soft }.
outcome-not-read = Dydy { $name } ddim wedi'i agor eto.
outcome-too-early = Gallwch chi ysgrifennu'r llythyr unwaith y bydd y cyfarfod wedi bod ({ $date }).
outcome-no-invitation = Does gan y plentyn hwn ddim gwahoddiad i ddarllen llythyr gydag ef. Gwahoddwch nhw o dudalen yr adolygiad cyn nodi bod yr adolygiad wedi'i gynnal.
outcome-already-sent = Mae'r llythyr hwn wedi'i anfon yn barod a does dim modd ei newid.
outcome-before-meeting = Ni all dyddiad y cyfarfod fod yn y dyfodol.
outcome-talked-empty = Ysgrifennwch beth wnaethoch chi siarad amdano.
outcome-decided-empty = Ysgrifennwch beth wnaethoch chi benderfynu.
outcome-next-empty = Ysgrifennwch beth sy'n digwydd nesaf.
outcome-who-to-ask-empty = Ysgrifennwch pwy y gallan nhw eu holi.
outcome-part-long = Mae'r rhan hon yn rhy hir. Cadwch hi dan { $limit } nod: mae llythyr at blentyn yn fyr.
outcome-long-sentences = Mae rhai brawddegau'n hir (mwy na 15 gair). Mae rhai byrrach yn haws eu darllen.

## The pre-review pack and its PDF

pack-times-uk = Amser y DU yw'r amseroedd.
pack-print = Argraffu'r pecyn
pack-copies-link = Argraffu, neu lawrlwytho copi wedi'i ddiogelu
pack-download-heading = Lawrlwytho copi wedi'i ddiogelu
pack-download-hint = Mae'r PDF wedi'i gloi gyda chyfrinair rydych chi'n ei ddewis nawr (12 nod neu fwy; mae tri gair ar hap yn gweithio'n dda). Dydy Clywed ddim yn cadw'r cyfrinair. Mae ei angen ar unrhyw un sy'n agor y ffeil, felly anfonwch ef ar wahân, byth yn yr un e-bost.
pack-download-password = Cyfrinair ar gyfer y ffeil
pack-download-again = Teipiwch y cyfrinair eto
pack-download-button = Lawrlwytho PDF wedi'i ddiogelu
pdf-password-short = Defnyddiwch gyfrinair o 12 nod neu fwy.
pdf-password-long = Defnyddiwch gyfrinair o 128 nod neu lai.
pdf-password-characters = Defnyddiwch lythrennau, rhifau, bylchau ac atalnodi yn y cyfrinair (dim emoji na bylchau arbennig).
pdf-password-differ = Dydy'r ddau gyfrinair ddim yr un fath. Teipiwch nhw eto.
pdf-made = Crëwyd ar { $date_soft } am { $time } (amser y DU) gan { $name }.
pdf-made-by-key = yr allwedd API “{ $name }”
pdf-marking = SWYDDOGOL-SENSITIF: gwybodaeth bersonol am blentyn. Peidiwch â'i anfon ymlaen.
pdf-page = Tudalen { $page } o { $pages }
pdf-houses = Y Tri Thŷ: pryderon, pethau da, breuddwydion.
pack-covering = Rydych chi'n cyflenwi ar gyfer IRO y plentyn hwn: nid yw agor y pecyn hwn yn dweud wrth neb fod eu geiriau wedi'u darllen.
pack-nobody-invited = Does neb wedi cael cais am eu barn eto.
pack-advocacy-heading = Ceisiadau am eiriolwr
pack-added-later = Ychwanegwyd ar ôl anfon
pack-title = Pecyn cyn yr adolygiad
pack-open = Agor y pecyn cyn yr adolygiad
pack-for = Adolygiad { $name }: { $when }. Mae'r adroddiadau i fod erbyn { $deadline }.
pack-alerts-heading = Brys: dywedodd { $name } nad ydyn nhw'n teimlo'n ddiogel
pack-alert-line = { $date } am { $time }
pack-alert-dealt = Mae { $name } yn delio â hyn (ers { $date })
pack-alert-open = does neb wedi dweud eu bod yn delio â hyn eto
pack-wishes-heading = Beth mae { $name } eisiau o'r cyfarfod
pack-no-wishes = Dydyn nhw ddim wedi dweud dim am y cyfarfod eto.
pack-waiting-heading = Heb ateb eto
pack-everyone-replied = Mae pawb a wahoddwyd wedi anfon eu barn.
pack-reminded = atgoffwyd
pack-child-heading = Geiriau { $name } ei hun
pack-not-started = Dydy { $name } ddim wedi anfon eu barn eto.
pack-private-tag = I'r IRO yn unig
pack-sent-on = Anfonwyd ar { $date_soft }
pack-messages-heading = Negeseuon gan { $name }
pack-message-about = Am:
pack-adults-heading = Rhieni a gofalwyr
pack-no-adults = Does dim rhiant na gofalwr wedi rhoi eu barn eto.
pack-advocacy = Wedi gofyn am eiriolwr: cyfeirnod { $reference } ({ $status })
advocacy-requested = gofynnwyd
advocacy-contacted = cysylltwyd
advocacy-closed = wedi cau

## Reports for the Corporate Parenting Board

reports-title = Adroddiadau
settings-suppress-below = Mewn lawrlwythiadau adroddiadau, cuddio cyfrifon o dan
settings-suppress-below-hint = Fel na ellir adnabod unrhyw blentyn o rifau bach. Rhif cyfan o 2 i 50; gadewch yn wag am 5.
err-suppress-below = Rhowch rif cyfan o 2 i 50.
reports-intro = Ffigurau ar gyfer y flwyddyn ddiwethaf, wedi'u cyfrif o adolygiadau, gwahoddiadau, rhybuddion a negeseuon. Does dim enwau na geiriau neb ynddyn nhw.
reports-grain = Cyfrif fesul
reports-by-month = Fesul mis
reports-by-quarter = Fesul chwarter (blwyddyn ariannol)
reports-suppressed = Mae siartiau a lawrlwythiadau ar gyfer eu cyhoeddi: ynddyn nhw, mae cyfrifon o 1 i { $max } yn dangos fel "<{ $n }", a chyfran, amser neu gyfrif arall a fyddai'n eu datgelu fel "[c]" neu linell fer, fel na ellir adnabod unrhyw blentyn. Mae'r tablau ar y dudalen hon yn dangos pob cyfrif, at eich defnydd eich hun.
report-period = Cyfnod
report-download = Lawrlwytho fel CSV: { $table }
report-timeliness = Adolygiadau a gynhaliwyd ar amser
report-participation = Barn y gofynnwyd amdani ac a anfonwyd
report-children-by-age = Barn plant yn ôl grŵp oedran
report-how-they-took-part = Sut yr anfonwyd barn
report-advocacy = Eiriolaeth a gynigiwyd ac y gofynnwyd amdani
report-safety = Rhybuddion brys a negeseuon gan blant
measure-on-time = Ar amser
measure-late = Yn hwyr
measure-total = Cyfanswm
measure-percent-on-time = % ar amser
measure-invited = gofynnwyd
measure-opened = agorwyd
measure-submitted = anfonodd eu barn
measure-return-rate = % a anfonodd
measure-read-aloud = Defnyddiodd ddarllen yn uchel
measure-in-welsh = Yn Gymraeg
measure-without-script = Heb JavaScript
measure-advocacy-offered = cynigiwyd eiriolwr
measure-advocacy-accepted = gofynnodd am eiriolwr
measure-alerts-raised = Rhybuddion brys
measure-alerts-open = Heb eu cydnabod eto
measure-median-minutes = Amser canol i gydnabod (munudau)
measure-messages = Negeseuon gan blant
band-under8 = Dan 8
band-middle = 8 i 12
band-teen = 13 a hŷn
band-leaver = Ymadawyr gofal
band-adult = Oedolion
quarter-name = { $years } Ch{ $quarter }
quarter-short = Ch{ $quarter }
chart-timeliness = Adolygiadau a gynhaliwyd ar amser (%)
chart-timeliness-desc = Siart bar: cyfran yr adolygiadau oedd i fod ym mhob cyfnod a gynhaliwyd erbyn eu dyddiad. Mae llinell fer yn dangos cyfnod heb ffigur, neu un rhy fach i'w gyhoeddi. Mae'r tabl isod yn rhoi'r ffigurau.
chart-return-rate = Cyfran a anfonodd eu barn (%)
chart-return-rate-desc = Siart bar: ar gyfer plant, rhieni a gofalwyr y gofynnwyd iddyn nhw ym mhob cyfnod, y gyfran a anfonodd eu barn. Mae llinell fer yn dangos cyfnod heb ffigur, neu un rhy fach i'w gyhoeddi. Mae'r tabl isod yn rhoi'r ffigurau.

## Council settings

settings-title = Gosodiadau'r cyngor
settings-advocacy = Darparwr eiriolaeth
settings-advocacy-name = Enw
err-parent-advocacy-name = Rhowch enw'r gwasanaeth eiriolaeth i rieni, neu gadewch y tri yn wag.
err-parent-advocacy-email = Rhowch e-bost atgyfeirio'r gwasanaeth eiriolaeth i rieni, neu gadewch y tri yn wag.
settings-parent-advocacy = Eiriolaeth i rieni
settings-parent-advocacy-hint = Gadewch y rhain yn wag os yw'r darparwr uchod yn cefnogi rhieni hefyd.
settings-referral-email = E-bost atgyfeirio
settings-phone = Ffôn
settings-duty = Cyswllt dyletswydd ar gyfer rhybuddion brys
settings-duty-hint = Yn cael gwybod ar unwaith pan fydd plentyn yn dweud nad yw'n teimlo'n ddiogel.
settings-duty-name = Tîm neu berson
settings-review-team = Cyswllt y tîm adolygu
settings-review-team-hint = Wedi'i argraffu ar lythyrau, ac yn cael ei ddangos pan nad yw cod yn gweithio.
settings-default-arrangements = Trefniadau cyfarfod arferol
settings-default-arrangements-hint = Yn cael ei lenwi pan fydd adolygiad yn cael ei drefnu, a gellir ei newid yno.
settings-post = Rydyn ni'n anfon rhai gwahoddiadau drwy'r post
settings-save = Cadw'r gosodiadau
settings-saved = Cafodd y gosodiadau eu cadw.
err-phone-invalid = Rhowch rif ffôn gan ddefnyddio digidau, fel 01234 567890.

## Messages waiting to go (the outbox)

outbox-title = E-bost sy'n mynd allan
outbox-dev-heading = Blwch allan datblygu
outbox-all-delivered = Mae pob neges wedi'i throsglwyddo i'r gweinydd post.
outbox-undelivered-title = Negeseuon heb eu trosglwyddo eto
outbox-kind-alert-iro = Rhybudd brys i'r IRO
outbox-kind-alert-duty = Rhybudd brys i'r tîm dyletswydd
outbox-kind-advocacy = Atgyfeiriad i'r gwasanaeth eirioli
outbox-kind-message = Hysbysiad i'r IRO am neges plentyn
outbox-kind-invitation = Gwahoddiad
outbox-kind-changed = Hysbysiad bod y cyfarfod wedi newid
outbox-kind-cancelled = Hysbysiad bod y cyfarfod wedi'i ganslo
outbox-kind-reminder = Nodyn atgoffa
outbox-kind-letter = Hysbysiad am lythyr yr IRO
outbox-why-no-address = Does dim cyfeiriad e-bost i'w hanfon ato: gwiriwch osodiadau'r cyngor neu IRO y plentyn.
outbox-why-bad-address = Nid yw'r cyfeiriad e-bost yn gyfeiriad go iawn.
outbox-why-refused = Gwrthododd y gweinydd post hi.
outbox-why-internal = Nid oedd Clywed yn gallu ei pharatoi; mae'r gwall yng nghofnod y gweinydd.
outbox-why-unavailable = Nid oedd modd cyrraedd y gweinydd post.
outbox-tried =
    { $count ->
        [one] Yn y ciw ers { $since }, wedi ceisio unwaith.
        [two] Yn y ciw ers { $since }, wedi ceisio ddwywaith.
       *[other] Yn y ciw ers { $since }, wedi ceisio { $count } gwaith.
    }
outbox-next-try = Y cynnig nesaf: { $when }.
outbox-given-up = Rhoddodd Clywed y gorau i geisio ar ôl 48 awr.
outbox-retry = Ceisio eto nawr
outbox-retrying = Mae Clywed yn ceisio ei hanfon eto nawr.
outbox-intro = Does dim gweinydd e-bost wedi'i osod, felly mae negeseuon yn cael eu cadw yma yn lle cael eu hanfon.
outbox-empty = Dim negeseuon eto.
outbox-smtp = Mae e-bost yn cael ei anfon drwy weinydd post y cyngor, felly does dim blwch allan.

## Audit trail

audit-report-downloaded = Lawrlwythodd rheolwr dabl o ffigurau
audit-outcome-sent = Anfonodd IRO eu llythyr at blentyn ar ôl yr adolygiad
audit-outcome-read = Agorodd plentyn lythyr eu IRO
audit-pack-downloaded = Lawrlwythwyd pecyn fel PDF wedi'i ddiogelu
audit-alert-acknowledged = Mae IRO yn delio â rhybudd
audit-alert-raised = Dywedodd plentyn nad yw'n teimlo'n ddiogel
audit-audit-viewed = Darllenwyd y trywydd archwilio
audit-child-added = Ychwanegwyd plentyn
audit-child-updated = Newidiwyd manylion plentyn
audit-sharing-changed = Newidiodd plentyn pwy gaiff weld ateb
audit-submitted = Anfonwyd barn
audit-cover-ended = Daeth cyflenwi i ben
audit-cover-granted = Rhoddwyd caniatâd i gyflenwi
audit-invitation-added = Gwahoddwyd rhywun
audit-invitation-entered = Daeth rhywun a wahoddwyd i mewn gyda'u dolen neu god
audit-invitation-letter = Crëwyd llythyr
audit-letter-viewed = Edrychwyd ar lythyr
audit-invitation-posted = Postiwyd llythyr
audit-invitation-resent = Anfonwyd dolen neu god newydd
audit-invitation-revoked = Tynnwyd gwahoddiad yn ôl
audit-invitation-sent = E-bostiwyd gwahoddiad
audit-message-retried = Gofynnodd staff i Clywed geisio anfon neges heb ei throsglwyddo eto
audit-message-read = Darllenodd IRO neges plentyn
audit-message-sent = Anfonodd plentyn neges
audit-pack-viewed = Agorwyd pecyn cyn adolygiad
audit-placement-moved = Cofnodwyd newid lleoliad
audit-review-booked = Trefnwyd adolygiad
audit-review-cancelled = Canslwyd adolygiad
audit-review-confirmed = Cadarnhaodd IRO gyfarfod
audit-review-held = Nodwyd bod adolygiad wedi'i gynnal
audit-review-recorded = Cofnodwyd adolygiad cynharach
audit-review-updated = Newidiwyd trefniant
audit-secret-locked = Cloodd cyfrinach ar ôl cynigion anghywir
audit-secret-reset = Ailosododd IRO gyfrinach
audit-settings-updated = Newidiwyd gosodiadau'r cyngor
audit-staff-added = Ychwanegwyd aelod o staff
audit-staff-disabled = Diffoddwyd aelod o staff
audit-staff-enabled = Trowyd aelod o staff yn ôl ymlaen
audit-password-changed = Newidiwyd cyfrinair
audit-sign-in = Mewngofnodi
audit-title = Trywydd archwilio
audit-intro = Pob tro y gwelodd aelod o staff eiriau plentyn, rhiant neu ofalwr, pob pecyn a agorwyd, pob cyfrinach a ailosodwyd a phob newid i bwy gaiff weld beth. All dim byd yma gael ei newid na'i ddileu.
audit-what = Beth ddigwyddodd
audit-everything = Popeth
audit-from = O
audit-to = Hyd at
audit-show = Dangos
audit-when = Pryd
audit-who = Pwy
audit-about = Am
audit-from-where = O ble
audit-invitee = Plentyn, rhiant neu ofalwr
audit-none = Does dim yn cyfateb.
audit-truncated = Yn dangos y 500 diweddaraf. Dewiswch lai o ddyddiau i weld y gweddill.

## IRO cover

cover-title = Cyflenwi IRO
cover-intro = Gadael i IRO arall agor pecynnau cyn adolygiad plentyn tra bo'i IRO ei hun i ffwrdd. Cofnodir pob caniatâd yn y trywydd archwilio.
cover-current = Cyflenwi sydd ar waith
cover-none = Does dim cyflenwi ar waith.
cover-line = Mae { $iro } yn cyflenwi ar gyfer { $child } tan { $date_soft }
cover-end = Dod â'r cyflenwi hwn i ben
cover-grant = Rhoi caniatâd i gyflenwi
cover-child = Plentyn
cover-iro = IRO sy'n cyflenwi
cover-until = Tan (diwrnod olaf y cyflenwi)
cover-choose = Dewiswch…
cover-granted = Rhoddwyd caniatâd i gyflenwi. Mae wedi'i gofnodi yn y trywydd archwilio.
cover-ended = Daeth y cyflenwi i ben.
err-cover-choose = Dewiswch blentyn ac IRO o'r cyngor hwn.
err-cover-until = Rhowch ddiwrnod olaf y cyflenwi: o heddiw, hyd at flwyddyn ymlaen.

## Work lists: finding, filtering, sorting and paging children

work-filter-all = Pob plentyn
work-filter-due30 = Yn ddyledus o fewn 30 diwrnod
work-filter-due60 = Yn ddyledus o fewn 60 diwrnod
work-filter-overdue = Hwyr
work-filter-not-booked = Heb ei drefnu
work-filter-nobody-invited = Wedi'i drefnu, neb wedi'i wahodd
work-filter-replies = Ymatebion heb ddod i mewn
work-filter-alerts = Rhybuddion agored
work-filter-advocacy = Wedi gofyn am eiriolwr
work-filter-to-book = I'w trefnu y mis hwn
work-filter-to-invite = I'w gwahodd
work-filter-to-post = Llythyrau i'w postio
work-filter-to-chase = Ymatebion i fynd ar eu hôl
work-sort-urgency = Y mwyaf brys yn gyntaf
work-sort-date = Y dyddiad cynharaf yn gyntaf
work-sort-name = Yn ôl enw
work-sort-reference = Yn ôl cyfeirnod achos
worklist-search-label = Chwilio yn ôl enw, cyfeirnod achos neu ddyddiad geni
worklist-search-hint = Ysgrifennwch ddyddiad geni fel 31/12/2015.
worklist-sort-label = Trefn
worklist-show = Dangos
worklist-filters = Hidlwyr
worklist-scope = Plant pwy
worklist-scope-mine = Fy mhlant ({ $count })
worklist-scope-all = Plant pawb ({ $count })
worklist-showing = Yn dangos { $first } i { $last } o { $total }.
worklist-none = Does dim plant yn cyfateb.
worklist-none-search = Does dim plentyn yn cyfateb i'ch chwiliad yn y rhestr hon.
worklist-pages = Tudalennau
worklist-page = Tudalen { $page } o { $pages }
worklist-previous = Y dudalen flaenorol
worklist-next = Y dudalen nesaf
worklist-alert-tag = Rhybudd agored
worklist-advocacy-tag = Wedi gofyn am eiriolwr

## The homes as work lists

iro-meetings-heading = Cyfarfodydd yn y pedair wythnos nesaf
iro-meetings-empty = Does gennych chi ddim cyfarfodydd wedi'u trefnu yn y pedair wythnos nesaf.
iro-drift-heading = Hwyr neu heb eu trefnu
iro-drift-hint = Hwyr, yn ddyledus o fewn mis heb ddim wedi'i drefnu, neu gyfarfod wedi bod heb ei gau eto. Y mwyaf brys yn gyntaf.
iro-drift-empty = Does dim un o'ch plant yn hwyr nac yn aros i gael ei drefnu.
iro-all-mine = Fy holl blant ({ $count })
home-see-all = Gweld pob un o'r { $count } yn y rhestr
to-book-hint = Yn ddyledus yn y 30 diwrnod nesaf, neu'n hwyr, heb ddim wedi'i drefnu.
to-book-empty = Does dim adolygiadau angen eu trefnu y mis hwn.
to-invite-hint = Adolygiadau wedi'u trefnu heb neb wedi'i wahodd, neu e-byst heb eu hanfon eto.
to-invite-empty = Mae gwahoddiadau pob adolygiad sydd wedi'i drefnu wedi'u hanfon.
to-post-hint = Llythyrau heb eu postio eto, neu i'w hargraffu eto ar ôl newid.
to-chase-hint = Ymatebion heb ddod i mewn, gydag adroddiadau'n ddyledus o fewn 10 diwrnod.
worklist-choose = Dewis
worklist-choose-child = Dewis { $name }
bulk-book-heading = Trefnu'r adolygiadau a ddewiswyd
bulk-book-hint = Mae pob un yn cael ei drefnu bum diwrnod gwaith cyn ei fod yn ddyledus, ar yr amser a'r lle hwn. Yna mae Swyddog Adolygu Annibynnol pob plentyn yn cadarnhau ei gyfarfod.
bulk-book-button = Trefnu'r adolygiadau a ddewiswyd
bulk-booked = { $count ->
    [one] Cafodd 1 adolygiad ei drefnu. Bydd ei Swyddog Adolygu Annibynnol yn cadarnhau'r cyfarfod.
   *[other] Cafodd { $count } adolygiad eu trefnu. Bydd eu Swyddogion Adolygu Annibynnol yn cadarnhau pob cyfarfod.
}
bulk-booked-some = { $count ->
    [one] Cafodd 1 adolygiad ei drefnu.
   *[other] Cafodd { $count } adolygiad eu trefnu.
} Heb eu trefnu: { $names }. Mae'r rhain wedi'u trefnu'n barod, neu'n hwyr ac angen dyddiad a rheswm: trefnwch nhw fesul un.
err-bulk-none-chosen = Dewiswch o leiaf un plentyn i'w drefnu.
err-bulk-too-many = Dewiswch 50 o blant ar y mwyaf ar y tro.

## Importing children from the case system

import-col-case-reference = Rhif y plentyn yn y system achosion. Mae mewnforio eto yn diweddaru'r plentyn gyda'r cyfeirnod hwn.
import-col-preferred-name = Yr enw maen nhw'n hoffi cael eu galw.
import-col-full-name = Eu henw cyfreithiol llawn. Dim ond staff sy'n ei weld.
import-col-date-of-birth = Wedi'i ysgrifennu 2015-12-31 neu 31/12/2015.
import-col-language = Cod iaith (cy, en, ar, pl, ro, ps, fa, ti, ckb) neu ei henw, fel Cymraeg neu Arabeg.
import-col-legal-basis = Un o: care_order, interim_care_order, s76, s76_short_breaks, placement_with_parents, placed_for_adoption, pathway_plan.
import-col-looked-after-since = Y diwrnod y dechreuon nhw dderbyn gofal, wedi'i ysgrifennu fel y dyddiad geni.
import-col-placement-type = Er enghraifft, gofal maeth.
import-col-iro-email = E-bost eu Swyddog Adolygu Annibynnol, sydd â chyfrif Clywed yma yn barod.
import-col-communication-needs = Er enghraifft, yn defnyddio symbolau neu angen darllen yn uchel.
import-col-past-reviews = Dyddiadau adolygiadau a gynhaliwyd eisoes, cyn Heard, wedi'u gwahanu gan hanner colonau. Mae'r amserlen yn eu cyfrif; nid yw mewnforio eto byth yn ychwanegu un ddwywaith.
err-import-column-missing = Does dim colofn { $column } yn y ffeil.
err-import-column-unknown = Mae gan y ffeil golofn nad yw Clywed yn ei hadnabod: { $column }. Gwiriwch y sillafu, neu ei thynnu.
err-import-column-twice = Mae'r golofn { $column } yn y ffeil ddwywaith.
err-import-formula = Mae hwn yn dechrau fel fformiwla taenlen (=, +, - neu @). Tynnwch yr arwydd cyntaf hwnnw.
err-import-reference-required = Rhowch gyfeirnod achos y plentyn.
err-import-iro-unknown = Does dim Swyddog Adolygu Annibynnol yma gyda'r e-bost hwn. Ychwanegwch nhw fel staff yn gyntaf, neu gadewch hyn yn wag.
err-import-reference-twice = Mae'r cyfeirnod achos hwn hefyd ar linell { $line }.
err-import-encoding = Dydy Clywed ddim yn gallu darllen llythrennau'r ffeil hon. Yn eich taenlen, cadwch hi fel "CSV UTF-8" a rhowch gynnig arall arni.
err-import-empty = Does dim plant yn y ffeil.
err-import-too-many-rows = Mae mwy na { $max } o blant yn y ffeil. Rhannwch hi yn ffeiliau llai.
err-import-not-csv = Nid oes modd darllen y llinell hon fel CSV. Chwiliwch am ddyfynnod (") sydd heb ei gau.
err-import-too-many-cells = Mae gan y llinell hon fwy o gelloedd nag sydd o golofnau yn y ffeil.
err-import-not-json = Nid oes modd darllen y ffeil fel JSON: rhaid iddi fod yn rhestr o blant, pob un gyda'r colofnau fel enwau.
err-import-too-big = Mae'r ffeil yn fwy na 10 MB. Rhannwch hi yn ffeiliau llai.
err-import-no-file = Dewiswch ffeil i'w gwirio.
err-import-done = Cafodd y ffeil hon ei mewnforio'n barod.
import-done = Cafodd y ffeil ei mewnforio. Wedi'u hychwanegu: { $added }. Wedi'u diweddaru: { $updated }.
import-title = Mewnforio plant
import-intro = Ychwanegu neu ddiweddaru plant o allforiad eich system achosion. Mae Clywed yn gwirio'r ffeil gyfan ac yn rhestru pob problem cyn cadw dim.
import-file-label = Ffeil CSV neu JSON
import-file-hint = 10 MB ar y mwyaf. Cadwch daenlen fel "CSV UTF-8".
import-check = Gwirio'r ffeil
import-columns-heading = Y colofnau
import-columns-intro = Mae'r llinell gyntaf yn enwi'r colofnau. Does dim ots am eu trefn. Mae mewnforio'r un plentyn eto yn ei ddiweddaru, drwy ei gyfeirnod achos: does neb yn cael ei ychwanegu ddwywaith.
import-sample = Lawrlwytho ffeil enghreifftiol
import-column = Colofn
import-required = Angen
import-holds = Beth sydd ynddi
import-example = Enghraifft
import-yes = Oes
import-no = Nac oes
import-preview-title = Gwirio'r mewnforio
import-already-done = Cafodd y ffeil hon ei mewnforio. Nid yw ei chynnwys yn cael ei gadw mwyach.
import-clean = Dim problemau. Plant i'w hychwanegu: { $adding }. Plant i'w diweddaru: { $updating }.
import-apply = { $count ->
    [one] Mewnforio 1 plentyn
   *[other] Mewnforio { $count } o blant
}
import-problems-title = { $count ->
    [one] 1 broblem i'w chywiro
   *[other] { $count } o broblemau i'w cywiro
}
import-nothing-written = Ni chafodd dim ei gadw. Cywirwch y ffeil a'i gwirio eto.
import-problems-caption = Problemau, fesul llinell o'r ffeil
import-line = Llinell
import-problem = Beth sy'n bod
import-whole-file = Y ffeil gyfan
import-more-problems = A { $count } o broblemau eraill sydd heb eu rhestru.
import-again = Gwirio ffeil wedi'i chywiro
admin-import = Mewnforio plant
err-import-expired = Mae'r gwiriad hwn yn fwy na diwrnod oed. Gwiriwch y ffeil eto.
err-import-too-many-columns = Mae gan y ffeil fwy na { $max } o golofnau. Ai ffeil y plant yw hi?
work-filter-meetings = Cyfarfodydd yn y pedair wythnos nesaf
work-filter-drift = Hwyr neu heb eu trefnu

## Cysylltiadau plentyn, a gwahodd llawer ar unwaith

contact-slot-child = Y plentyn
contact-slot-parent1 = Rhiant
contact-slot-parent2 = Ail riant
contact-slot-carer = Gofalwr
err-contact-slot = Dewiswch pwy yw'r person hwn.
contacts-heading = Pwy sy'n cael eu gwahodd i'w hadolygiadau
contacts-hint = Gall gwahoddiadau ar gyfer adolygiad wedi'i drefnu fynd i bob un ohonyn nhw ar unwaith, o'r rhestr "I'w gwahodd". Mae pob un yn cael ei wahoddiad yn ei ffordd ei hun, yn ei iaith ei hun.
contacts-none = Neb eto. Ychwanegwch y plentyn, ei rieni a'i ofalwr isod.
contact-set-heading = Ychwanegu rhywun, neu newid pwy sydd mewn lle
contact-save = Cadw'r cyswllt hwn
contact-remove = Tynnu
contact-saved = Cafodd { $name } ei gadw fel cyswllt.
contact-removed = Cafodd y cyswllt ei dynnu.
bulk-invite-heading = Gwahodd ar gyfer yr adolygiadau a ddewiswyd
bulk-invite-hint = Mae cysylltiadau pob plentyn yn cael eu gwahodd, pob un yn ei ffordd ei hun. Mae e-byst yn mynd nawr. Mae llythyrau'n aros yn "Llythyrau i'w postio" i chi eu hargraffu.
bulk-invite-button = Gwahodd ar gyfer yr adolygiadau a ddewiswyd
bulk-invited = { $count ->
    [one] Mae gwahoddiadau ar gyfer 1 adolygiad wedi'u gwneud.
   *[other] Mae gwahoddiadau ar gyfer { $count } adolygiad wedi'u gwneud.
} E-byst wedi'u hanfon neu'n aros: { $emails }. Llythyrau i'w hargraffu: { $letters }.
bulk-invited-some = { $count ->
    [one] Mae gwahoddiadau ar gyfer 1 adolygiad wedi'u gwneud.
   *[other] Mae gwahoddiadau ar gyfer { $count } adolygiad wedi'u gwneud.
} E-byst wedi'u hanfon neu'n aros: { $emails }. Llythyrau i'w hargraffu: { $letters }. Heb eu gwahodd: { $names }. Ychwanegwch eu cysylltiadau ar eu tudalen, yna gwahoddwch eto.
err-bulk-invite-none-chosen = Dewiswch o leiaf un adolygiad i wahodd ar ei gyfer.
worklist-no-contacts = Dim cysylltiadau eto
import-col-child-email = Yr e-bost ar gyfer gwahoddiad y plentyn: ei e-bost ei hun, neu e-bost ei ofalwr ar gyfer plentyn ifanc.
import-col-child-address = Ble i bostio llythyr y plentyn, pan nad oes e-bost.
import-col-contact-name = Enw cyntaf y person hwn. Dim ond yr enw cyntaf sy'n mynd yn yr e-bost neu'r llythyr.
import-col-contact-language = Cod neu enw iaith, fel i'r plentyn. Os yw'n wag, iaith y plentyn.
import-col-contact-email = Eu e-bost. Heb e-bost, maen nhw'n cael llythyr.
import-col-contact-address = Eu cyfeiriad post, ar gyfer llythyr.
err-import-contact-how = Rhowch e-bost neu gyfeiriad post, neu gadewch holl golofnau'r person hwn yn wag.
import-contacts-heading = Cysylltiadau
import-contacts-intro = Mae pedwar grŵp o golofnau yn dweud pwy sy'n cael eu gwahodd i adolygiadau pob plentyn: y plentyn, dau riant a'r gofalwr. Gadewch grŵp allan o'r ffeil i gadw'r cysylltiadau hynny fel y maen nhw. Gadewch ei gelloedd yn wag i dynnu un.
letters-title = Llythyrau i'w hargraffu
letters-none = Does dim llythyrau yn aros i gael eu postio.
letters-intro = { $count ->
    [one] Mae 1 llythyr yn barod. Argraffwch y dudalen hon: mae gan y llythyr dudalen ei hun. Yna nodwch ei fod wedi'i bostio.
   *[other] Mae { $count } llythyr yn barod. Argraffwch y dudalen hon: mae gan bob llythyr dudalen ei hun. Yna nodwch eu bod wedi'u postio.
}
letters-more = Mae { $count } arall yn aros. Nodwch fod y rhain wedi'u postio i'w gweld.
letters-mark-posted = { $count ->
    [one] Nodi bod y llythyr hwn wedi'i bostio
   *[other] Nodi bod y { $count } llythyr hyn wedi'u postio
}
letters-posted-notice = { $count ->
    [one] Cafodd 1 llythyr ei nodi fel wedi'i bostio.
   *[other] Cafodd { $count } llythyr eu nodi fel wedi'u postio.
}
letters-print-all = Argraffu pob llythyr sy'n aros

## API y cyngor a'i allweddi

api-keys-title = Allweddi API
api-keys-intro = Mae eich system achosion yn galw API Clywed gydag allwedd. Mae pob allwedd yn perthyn i'r cyngor hwn a dim ond yr hyn a ganiateir y gall ei wneud. Mae pob galwad gydag allwedd yn cael ei chofnodi yn y trywydd archwilio.
api-keys-none = Does dim allweddi eto.
api-open-api-link = Disgrifiad yr API (OpenAPI)
api-schema-link = Sgema allforio'r adolygiad (JSON Schema)
api-key-name = Enw
api-key-name-hint = Er enghraifft, y system a fydd yn ei defnyddio: "Mosaic, byw".
api-key-scopes = Beth y gall ei wneud
api-scope-export = Darllen allforion adolygiadau: beth anfonodd plant, rhieni a gofalwyr
api-scope-pack = Cymryd pecynnau cyn yr adolygiad fel PDF: enw'r plentyn, beth anfonodd pawb, a negeseuon y plentyn i'w Swyddog Adolygu Annibynnol
api-scope-children = Ychwanegu a diweddaru plant, yn ôl yr un rheolau â mewnforio ffeil
api-key-used = Wedi'i gwneud a'i defnyddio ddiwethaf
api-key-made-on = Wedi'i gwneud { $date }
api-key-never-used = Heb ei defnyddio eto
api-key-live-tag = Yn gweithio
api-key-revoked-tag = Wedi'i dirymu
api-key-new-heading = Gwneud allwedd
api-key-make = Gwneud yr allwedd
api-key-replace = Disodli
api-key-revoke = Dirymu
api-key-made = Copïwch yr allwedd hon nawr a'i chadw'n ddiogel. Fydd hi ddim yn cael ei dangos eto.
api-key-revoked = Cafodd yr allwedd ei dirymu. Stopiodd weithio ar unwaith.
err-api-key-name = Rhowch enw i'r allwedd.
err-api-key-scopes = Dewiswch beth y gall yr allwedd ei wneud.
letters-unmade = { $count ->
    [one] Mae 1 llythyr arall wedi'i ychwanegu ond heb ei wneud eto.
   *[other] Mae { $count } llythyr arall wedi'u hychwanegu ond heb eu gwneud eto.
}
letters-make = Eu gwneud nawr
letters-made = { $count ->
    [one] Cafodd 1 llythyr ei wneud.
   *[other] Cafodd { $count } llythyr eu gwneud.
}

## Mewngofnodi dau gam
two-step-code-title = Rhowch eich cod
two-step-code-intro = Agorwch yr ap dilysu ar eich ffôn. Rhowch y cod 6 digid mae'n ei ddangos ar gyfer Heard.
two-step-code-label = Cod
two-step-code-hint = Neu rhowch un o'ch codau adfer.
two-step-continue = Parhau
two-step-start-over = Mewngofnodi eto
two-step-set-up-title = Trefnu mewngofnodi dau gam
two-step-set-up-required = Mae angen ail gam ar eich cyfrif i fewngofnodi. Mae'n cymryd munud i'w drefnu.
two-step-set-up-intro = Ar ôl eich cyfrinair, bydd Heard hefyd yn gofyn am god o ap ar eich ffôn.
two-step-step-app = Gosodwch ap dilysu ar eich ffôn, er enghraifft Microsoft Authenticator.
two-step-step-scan = Yn yr ap, ychwanegwch gyfrif a sganiwch y cod QR hwn.
two-step-qr-label = Cod QR i ychwanegu Heard at eich ap dilysu
two-step-cannot-scan = Methu ei sganio? Teipiwch yr allwedd hon yn yr ap yn lle hynny:
two-step-step-code = Rhowch y cod 6 digid mae'r ap yn ei ddangos nawr.
two-step-turn-on = Troi mewngofnodi dau gam ymlaen
two-step-already-on = Mae mewngofnodi dau gam eisoes ymlaen ar gyfer eich cyfrif.
two-step-back-to-account = Yn ôl i'ch cyfrif
two-step-codes-title = Eich codau adfer
two-step-codes-intro = Mae pob cod yn gadael i chi fewngofnodi unwaith os byddwch yn colli eich ffôn. Cadwch nhw'n ddiogel, i ffwrdd o'ch ffôn.
two-step-codes-once = Dim ond nawr y dangosir y codau hyn. Argraffwch nhw neu ysgrifennwch nhw i lawr.
two-step-codes-gone = Dim ond unwaith y dangosir codau adfer. Gallwch wneud rhai newydd o'ch cyfrif.
two-step-codes-done = Rwyf wedi'u cadw'n ddiogel
two-step-heading = Mewngofnodi dau gam
two-step-is-on = Mae mewngofnodi dau gam ymlaen. Mae gennych { $left } cod adfer ar ôl.
two-step-is-off-text = Mae mewngofnodi dau gam i ffwrdd. Mae ei droi ymlaen yn cadw eich cyfrif yn ddiogel os bydd rhywun yn dysgu eich cyfrinair.
two-step-required-text = Rhaid i'ch cyfrif ddefnyddio mewngofnodi dau gam.
two-step-set-up-link = Trefnu mewngofnodi dau gam
two-step-manage-label = Cod o'ch ap, neu god adfer
two-step-new-codes = Gwneud codau adfer newydd
two-step-turn-off = Troi mewngofnodi dau gam i ffwrdd
two-step-code-wrong = Wnaeth y cod hwnnw ddim gweithio. Gwiriwch eich ap a rhowch y cod mae'n ei ddangos nawr.
two-step-code-missing = Rhowch y cod o'ch ap.
two-step-code-six-digits = Rhowch y cod 6 digid mae eich ap yn ei ddangos.
two-step-start-again = Daeth amser y trefnu i ben. Sganiwch y cod QR newydd a rhowch ei god.
two-step-recovery-used = Fe wnaethoch fewngofnodi gyda chod adfer. Mae gennych { $left } ar ôl. Gallwch wneud rhai newydd o'ch cyfrif.
two-step-on-notice = Mae mewngofnodi dau gam ymlaen.
two-step-off-notice = Mae mewngofnodi dau gam i ffwrdd.
two-step-new-codes-notice = Mae eich codau adfer newydd yn barod. Nid yw'r hen rai'n gweithio mwyach.
two-step-is-off = Nid yw mewngofnodi dau gam ymlaen ar gyfer eich cyfrif.
two-step-required = Rhaid i'ch cyfrif gadw mewngofnodi dau gam.
two-step-reset-self = I newid eich mewngofnodi dau gam eich hun, defnyddiwch dudalen eich cyfrif.
two-step-reset-done = Ailosodwyd mewngofnodi dau gam. Byddant yn ei drefnu eto y tro nesaf y byddant yn mewngofnodi.
two-step-rule-saved = Cadwyd pwy sy'n gorfod defnyddio mewngofnodi dau gam.
two-step-column = Mewngofnodi dau gam
two-step-on = Ymlaen
two-step-off = I ffwrdd
two-step-reset = Ailosod mewngofnodi dau gam ar gyfer { $name }
two-step-rule-intro = Mae gweinyddwyr bob amser yn mewngofnodi mewn dau gam. Gallwch ofyn hyn gan bawb.
two-step-rule-everyone = Rhaid i bawb ddefnyddio mewngofnodi dau gam
two-step-rule-save = Cadw pwy sy'n gorfod ei ddefnyddio
audit-two-step-on = Trowyd mewngofnodi dau gam ymlaen
audit-two-step-off = Trowyd mewngofnodi dau gam i ffwrdd
audit-two-step-reset = Ailosodwyd mewngofnodi dau gam gan weinyddwr
audit-recovery-codes-made = Gwnaed codau adfer newydd
audit-two-step-rule = Newidiwyd pwy sy'n gorfod defnyddio mewngofnodi dau gam
err-api-cell-text = Rhowch destun, rhif neu null.
err-api-reference-differs = Rhowch y cyfeirnod achos yn y cyfeiriad, neu gadewch ef allan o'r corff.

## Bachyn gwe y cyngor (ar dudalen allweddi API)
webhook-heading = Bachyn gwe
webhook-intro = Gall Heard ddweud wrth eich system achosion pan fydd pecyn adolygiad yn barod a phan gynhaliwyd adolygiad. Mae'n anfon at y cyfeiriad isod, wedi'i lofnodi â chyfrinach, ac yn ceisio eto nes iddo gyrraedd.
webhook-secret-shown = Copïwch y gyfrinach lofnodi nawr. Dim ond unwaith y caiff ei dangos.
webhook-goes-to = Mae galwadau'n mynd i:
webhook-url = Cyfeiriad ar gyfer galwadau
webhook-url-hint = Rhaid iddo ddechrau gyda https://
webhook-save = Cadw'r cyfeiriad
webhook-new-secret = Gwneud cyfrinach lofnodi newydd
webhook-remove = Diffodd y bachyn gwe
webhook-saved = Cadwyd cyfeiriad y bachyn gwe.
webhook-removed = Mae'r bachyn gwe wedi'i ddiffodd. Ni fydd Heard yn ei alw eto.
err-webhook-url = Rhowch gyfeiriad sy'n dechrau gyda https://
outbox-kind-hook-pack-ready = Bachyn gwe: pecyn yn barod
outbox-kind-hook-review-held = Bachyn gwe: adolygiad wedi'i gynnal
err-import-past-reviews = Rhowch ddyddiad pob adolygiad blaenorol, fel 15/01/2025, wedi'u gwahanu gan hanner colonau.
err-import-past-reviews-many = Rhowch { $max } adolygiad blaenorol ar y mwyaf.
audit-api-child-added = Ychwanegodd system achosion blentyn
audit-api-child-updated = Diweddarodd system achosion blentyn
audit-api-refused-rate = Gwrthodwyd galwadau system achosion: gormod
audit-api-refused-scope = Gwrthodwyd galwad system achosion: nid yw ei allwedd yn cael gwneud hynny
audit-api-review-exported = Darllenodd system achosion allforyn adolygiad
audit-api-pack-exported = Cymerodd system achosion becyn adolygiad fel PDF
audit-api-review-not-found = Gofynnodd system achosion am adolygiad nad yw yma
audit-api-key-made = Gwnaed allwedd API
audit-api-key-revoked = Diddymwyd allwedd API
audit-contact-removed = Tynnwyd cyswllt
audit-contact-saved = Cadwyd cyswllt
audit-import-applied = Mewnforiwyd ffeil plant
audit-import-checked = Gwiriwyd ffeil plant
audit-webhook-changed = Newidiwyd cyfeiriad y bachyn gwe
audit-webhook-made = Trefnwyd y bachyn gwe
audit-webhook-removed = Diffoddwyd y bachyn gwe
audit-webhook-secret-replaced = Newidiwyd cyfrinach lofnodi'r bachyn gwe

## Mewngofnodi drwy'r cyngor (OpenID Connect)
council-sign-in-heading = Mewngofnodi drwy eich cyngor
council-sign-in-intro = Defnyddiwch y cyfrif rydych yn ei ddefnyddio ar gyfer e-bost y cyngor. Mae eich cyngor yn gwirio pwy ydych chi.
council-sign-in-email = Eich e-bost cyngor
council-sign-in-button = Ymlaen i fewngofnodi'r cyngor
council-sign-in-not-set-up = Nid yw eich cyngor wedi trefnu mewngofnodi drwy'r cyngor ar gyfer y cyfeiriad hwn. Mewngofnodwch gyda'ch cyfrinair.
council-sign-in-unreachable = Ni ellir cyrraedd mewngofnodi eich cyngor ar hyn o bryd. Rhowch gynnig arall arni cyn bo hir, neu mewngofnodwch gyda'ch cyfrinair.
council-sign-in-expired = Mae'r mewngofnodi hwnnw wedi dod i ben neu wedi'i ddefnyddio eisoes. Dechreuwch eto.
council-sign-in-cancelled = Ni wnaethoch orffen mewngofnodi gyda'ch cyngor. Dechreuwch eto.
council-sign-in-refused = Ni allai Clywed wirio ateb eich cyngor, felly nid ydych wedi mewngofnodi. Dechreuwch eto, neu holwch weinyddwr Clywed.
council-sign-in-no-account = Nid oes cyfrif Clywed ar gyfer y cyfeiriad a roddodd eich cyngor. Gofynnwch i weinyddwr Clywed eich ychwanegu.
council-sign-in-disabled = Mae eich cyfrif Clywed wedi'i ddiffodd. Holwch weinyddwr Clywed.
council-sign-in-continue-title = Mynd i fewngofnodi eich cyngor
council-sign-in-continue-intro = Mae Clywed yn mynd â chi i dudalen fewngofnodi { $council }.
council-sign-in-continue-link = Ymlaen i fewngofnodi { $council }
council-sign-in-continue-nothing = Nid oes mewngofnodi drwy'r cyngor yn aros yma. Dechreuwch eto o'r dudalen fewngofnodi.
council-sign-in-settings-title = Mewngofnodi drwy'r cyngor
council-sign-in-settings-intro = Gall staff fewngofnodi gyda'u cyfrif cyngor, er enghraifft Microsoft Entra ID. Mae Clywed yn dod o hyd iddynt drwy e-bost ymhlith y staff rydych yn eu hychwanegu. Nid oes neb yn cael cyfrif drwy fewngofnodi.
council-sign-in-is-on = Mae mewngofnodi drwy'r cyngor ymlaen ar gyfer cyfeiriadau yn { $domain }.
council-sign-in-is-off = Mae mewngofnodi drwy'r cyngor i ffwrdd. Mae staff yn mewngofnodi gyda'u cyfrineiriau.
council-sign-in-return-heading = Y cyfeiriad i'w gofrestru
council-sign-in-return-intro = Cofrestrwch y cyfeiriad ailgyfeirio hwn gyda'ch darparwr, ar gyfer y platfform gwe:
council-sign-in-provider-heading = Eich darparwr
council-sign-in-issuer = Cyfeiriad y cyhoeddwr
council-sign-in-issuer-hint = Ar gyfer Microsoft Entra ID: https://login.microsoftonline.com/ yna ID eich tenant, yna /v2.0
council-sign-in-client-id = ID y cleient
council-sign-in-client-secret = Cyfrinach y cleient
council-sign-in-secret-hint = Gan eich darparwr. Mae Clywed yn ei chadw dan sêl ac ni fydd yn ei dangos eto.
council-sign-in-secret-keep-hint = Gadewch hwn yn wag i gadw'r gyfrinach a gadwyd o'r blaen.
council-sign-in-domain = Parth e-bost y staff
council-sign-in-domain-hint = Er enghraifft caerdydd.gov.uk. Dim ond cyfeiriadau yn y parth hwn sy'n mewngofnodi fel hyn.
council-sign-in-save = Cadw mewngofnodi drwy'r cyngor
council-sign-in-turn-off = Diffodd mewngofnodi drwy'r cyngor
council-sign-in-saved = Mae mewngofnodi drwy'r cyngor wedi'i gadw. Gall staff yn { $domain } ei ddefnyddio nawr.
council-sign-in-turned-off = Mae mewngofnodi drwy'r cyngor i ffwrdd. Mae staff yn mewngofnodi gyda'u cyfrineiriau.
council-sign-in-issuer-invalid = Rhowch gyfeiriad y cyhoeddwr, gan ddechrau https://
council-sign-in-issuer-unreachable = Ni allai Clywed ddarllen ffurfweddiad OpenID yn y cyhoeddwr hwn. Gwiriwch y cyfeiriad.
council-sign-in-client-id-missing = Rhowch ID y cleient gan eich darparwr.
council-sign-in-secret-missing = Rhowch gyfrinach y cleient gan eich darparwr.
council-sign-in-domain-invalid = Rhowch barth fel caerdydd.gov.uk.
council-sign-in-domain-taken = Mae cyngor arall yn defnyddio'r parth hwn ar gyfer mewngofnodi drwy'r cyngor.
audit-council-sign-in-on = Trowyd mewngofnodi drwy'r cyngor ymlaen
audit-council-sign-in-changed = Newidiwyd mewngofnodi drwy'r cyngor
audit-council-sign-in-off = Diffoddwyd mewngofnodi drwy'r cyngor
audit-council-sign-in-refused = Gwrthodwyd mewngofnodi drwy'r cyngor

## Mewnforio staff
import-col-staff-email = Eu e-bost gwaith. Mae mewnforio eto yn diweddaru'r aelod gyda'r e-bost hwn.
import-col-staff-name = Eu henw fel mae cydweithwyr yn ei adnabod.
import-col-staff-role = Un o: iro, business_support, manager, admin.
import-col-staff-active = yes, neu no i rywun sydd wedi gadael. Mae gwag yn golygu yes.
import-staff-heading = Mewnforio staff
import-staff-intro = Mae ffeil gyda'r colofnau isod yn ychwanegu ac yn diweddaru staff yn lle plant. Dim ond gweinyddwr all ei mewnforio. Nid oes gan staff newydd gyfrinair: maen nhw'n mewngofnodi drwy eich cyngor, felly trowch fewngofnodi drwy'r cyngor ymlaen yn gyntaf.
import-staff-sample = Lawrlwytho ffeil staff enghreifftiol
import-staff-clean = Ni chafwyd problemau. Staff i'w hychwanegu: { $adding }. Staff i'w diweddaru: { $updating }.
import-staff-apply = { $count ->
    [one] Mewnforio 1 aelod o staff
   *[other] Mewnforio { $count } o staff
}
import-staff-done = Mewnforiwyd y ffeil staff. Wedi'u hychwanegu: { $added }. Wedi'u diweddaru: { $updated }.
err-import-staff-role = Ysgrifennwch y rôl fel iro, business_support, manager neu admin.
err-import-staff-active = Ysgrifennwch yes, neu no i rywun sydd wedi gadael.
err-import-staff-yourself = Newidiwch eich cyfrif eich hun â llaw, nid mewn ffeil.
err-import-staff-needs-council-sign-in = Mae staff newydd yn mewngofnodi drwy'r cyngor. Trowch fewngofnodi drwy'r cyngor ymlaen ar gyfer parth yr e-bost hwn yn gyntaf.
err-import-staff-twice = Mae'r e-bost hwn ar linell { $line } eisoes.
err-import-staff-admins-only = Dim ond gweinyddwr all fewnforio staff.
audit-import-staff-applied = Mewnforiwyd ffeil staff

api-scope-reviews = Trefnu a newid adolygiadau nesaf plant, yn ôl yr un rheolau â'r ffurflen drefnu
audit-api-review-booked = Trefnodd system achosion adolygiad
audit-api-review-changed = Newidiodd system achosion drefniant
council-sign-in-secret-again = Rhowch gyfrinach y cleient eto: newidiodd y cyhoeddwr neu ID y cleient.
council-sign-in-second-factor = Rhaid i fewngofnodi eich cyngor ofyn am ail ffactor (er enghraifft Microsoft Authenticator): nid yw Clywed yn gofyn am ei god ei hun wedyn.

## Ieithoedd a gynigir i blant, rhieni a gofalwyr (gweinyddwyr)

languages-title = Ieithoedd
languages-intro = Gall plant, rhieni a gofalwyr ddefnyddio'r Gymraeg a'r Saesneg bob amser. Dewiswch pa ieithoedd eraill i'w cynnig iddyn nhw hefyd. Yna gellir anfon gwahoddiad mewn unrhyw iaith rydych chi'n ei chynnig.
languages-never-machine = Does dim geiriau neb yn cael eu cyfieithu gan beiriant. Mae'r hyn mae plentyn neu riant yn ei ysgrifennu yn ei iaith yn cyrraedd yr IRO fel y'i hysgrifennwyd, ac mae'r pecyn yn dweud pa iaith yw hi, er mwyn i chi drefnu cyfieithydd.
languages-column-language = Iaith
languages-column-review = Cyfieithiad
languages-column-voice = Darllen yn uchel
languages-column-offered = Yn cael ei chynnig
language-review-source = Y gwreiddiol: mae pob testun yn cael ei ysgrifennu yn Saesneg yn gyntaf
language-review-reviewed = Wedi'i wirio gan gyfieithydd cymwys
language-review-draft = Drafft: heb ei wirio eto gan gyfieithydd cymwys
language-voice-clips = Clipiau wedi'u recordio o bob cwestiwn ac ateb
language-voice-device = Llais y ddyfais ei hun, lle mae ganddi un ar gyfer yr iaith hon; fel arall dim botwm darllen yn uchel
languages-always = Yn cael ei chynnig bob amser
languages-offered = Yn cael ei chynnig
languages-not-offered = Ddim yn cael ei chynnig
languages-offer = Cynnig { $language }
languages-stop = Peidio â chynnig { $language }
languages-now-offered = Mae { $language } yn cael ei chynnig i blant, rhieni a gofalwyr nawr.
languages-no-longer-offered = Dydy { $language } ddim yn cael ei chynnig mwyach. Mae gwahoddiadau a anfonwyd ynddi eisoes yn dal i weithio.
languages-not-one = Dewiswch un o'r ieithoedd ar y dudalen hon.
audit-language-offered = Cafodd iaith ei chynnig
audit-language-withdrawn = Peidiwyd â chynnig iaith
pack-language-used = Wedi ateb yn { $languages }.
pack-interpreter = Dydy Clywed ddim yn cyfieithu geiriau neb: trefnwch gyfieithydd i'w darllen gyda chi.
err-language-not-offered = Dydy'r cyngor ddim yn cynnig yr iaith hon. Gall gweinyddwr ei chynnig ar y dudalen Ieithoedd.

## Y pecyn: recordiadau a lluniau

pack-media-voice = Recordiad
pack-media-drawing = Llun
pack-media-drawing-alt = Llun a roddwyd ar gyfer: { $question }
pack-media-voice-in-pdf = Rhoddwyd recordiad. Gwrandewch arno yn y pecyn ar-lein.
pack-media-drawing-in-pdf = Rhoddwyd llun. Gwelwch ef yn y pecyn ar-lein.
audit-media-opened = Chwaraewyd recordiad, neu agorwyd llun, mewn pecyn
