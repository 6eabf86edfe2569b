### Email and the printed invitation letter. Emails are plain text and hold a first name and
### a link at most: nothing else personal.
### Cymraeg (Welsh). app/locales/README.md explains the syntax.

## The printed invitation letter (in the recipient's language)

letter-hello = Helo { $name }!
letter-child-intro = Mae cyfarfod dy adolygiad ar { $when_soft }.
letter-adult-intro = Rydych chi'n cael eich gwahodd i'r cyfarfod adolygu ar gyfer { $name }. Mae ar { $when_soft }.
letter-views = Gallwch chi ddweud wrthon ni beth rydych chi'n ei feddwl cyn y cyfarfod.
letter-scan = Sganiwch y sgwâr gyda chamera ffôn.
letter-type-code = Neu ewch i { $address } a theipio'r cod hwn:
letter-code-works-until = Mae'r cod yn gweithio tan { $date_soft }.
letter-qr-label = Cod QR sy'n agor eich gwahoddiad
letter-help = Angen help? Gofynnwch i'ch gofalwr, neu cysylltwch â ni: { $contact }.
letter-help-no-contact = Angen help? Gofynnwch i'ch gofalwr neu'ch gweithiwr cymdeithasol.
letter-other-language = Mae'r llythyr hwn ar gael yn Gymraeg hefyd: teipiwch y cod, yna dewiswch Cymraeg.

## Email to children, parents and carers (plain text: a first name and a link, nothing else personal)

mail-hello = Helo { $name },
mail-invite-subject = Clywed: gwahoddiad i rannu eich barn
mail-invite-body = Rydych chi'n cael gwahoddiad i rannu eich barn cyn cyfarfod adolygu.
mail-changed-subject = Clywed: mae'r cyfarfod adolygu wedi newid
mail-changed-body = Mae dyddiad, amser neu drefniadau'r cyfarfod adolygu wedi newid.
mail-cancelled-subject = Clywed: mae'r cyfarfod adolygu wedi'i ganslo
mail-cancelled-body = Mae'r cyfarfod adolygu y cawsoch wahoddiad iddo wedi'i ganslo. Bydd eich cyngor mewn cysylltiad.
mail-reminder-subject = Clywed: nodyn atgoffa i rannu eich barn
mail-reminder-body = Mae amser o hyd i rannu eich barn cyn y cyfarfod adolygu.
mail-letter-subject = Clywed: llythyr gan eich IRO
mail-letter-body = Mae eich IRO wedi ysgrifennu atoch am eich cyfarfod adolygu. Agorwch eich dolen i'w ddarllen. Bydd angen eich cyfrinach arnoch.
mail-open-link = Agorwch eich dolen:
mail-link-private = Mae'r ddolen hon i chi yn unig. Peidiwch â'i rhannu.
mail-ignore = Os nad oeddech yn disgwyl y neges hon, gallwch ei hanwybyddu.
mail-other-language = Mae'r gwasanaeth hwn ar gael yn Gymraeg hefyd.

## Email to staff (no personal details)

mail-alert-subject = Clywed: rhybudd brys am blentyn rydych chi'n ei adolygu
mail-alert-body = Mae plentyn wedi dweud nad yw'n teimlo'n ddiogel. Agorwch Clywed nawr i weld pwy a gweithredu:
mail-duty-alert-body = Mae plentyn wedi dweud nad yw'n teimlo'n ddiogel. Mae eu IRO wedi cael gwybod. Cysylltwch â'r tîm adolygu nawr:
mail-advocacy-subject = Clywed: cais am eiriolwr
mail-parent-advocacy-body = Mae rhiant plentyn mewn gofal wedi gofyn am eiriolwr iddyn nhw eu hunain. Cysylltwch â'r tîm adolygu gan ddyfynnu cyfeirnod { $reference }:
mail-advocacy-body = Mae plentyn neu berson ifanc wedi gofyn am eiriolwr. Cysylltwch â'r tîm adolygu gan ddyfynnu cyfeirnod { $reference }:
mail-message-subject = Clywed: neges gan blentyn rydych chi'n ei adolygu
mail-message-body = Mae plentyn wedi anfon neges atoch chi. Agorwch Clywed i'w darllen:
mail-staff-footer = Does dim manylion personol yn y neges hon. Mewngofnodwch i Clywed i'w gweld.
