### Email and the printed invitation letter. Emails are plain text and hold a first name and
### a link at most: nothing else personal.
### Română (Romanian). app/locales/README.md explains the syntax.

## The printed invitation letter (in the recipient's language)

letter-hello = Bună ziua, { $name }!
letter-child-intro = Întâlnirea ta de evaluare are loc { $when }.
letter-adult-intro = Vă invităm la întâlnirea de evaluare pentru { $name }. Aceasta are loc { $when }.
letter-views = Ne puteți spune ce credeți înainte de întâlnire.
letter-scan = Scanați pătratul cu camera unui telefon.
letter-type-code = Sau intrați pe { $address } și scrieți acest cod:
letter-code-works-until = Codul funcționează până { $date }.
letter-qr-label = Cod QR care deschide invitația dumneavoastră
letter-help = Aveți nevoie de ajutor? Întrebați persoana care are grijă de dumneavoastră sau contactați-ne: { $contact }.
letter-help-no-contact = Aveți nevoie de ajutor? Întrebați persoana care are grijă de dumneavoastră sau asistentul social.
letter-other-language = Această scrisoare este disponibilă și în limba română: scrieți codul, apoi alegeți Română.

## Email to children, parents and carers (plain text: a first name and a link, nothing else personal)

mail-hello = Bună ziua, { $name },
mail-invite-subject = Heard: vă invităm să vă spuneți părerea
mail-invite-body = Vă invităm să vă spuneți părerea înainte de o întâlnire de evaluare.
mail-changed-subject = Heard: întâlnirea de evaluare s-a schimbat
mail-changed-body = Data, ora sau modul de organizare a întâlnirii de evaluare s-au schimbat.
mail-cancelled-subject = Heard: întâlnirea de evaluare a fost anulată
mail-cancelled-body = Întâlnirea de evaluare la care v-am invitat a fost anulată. Consiliul vă va contacta.
mail-reminder-subject = Heard: vă reamintim să vă spuneți părerea
mail-reminder-body = Mai este timp să vă spuneți părerea înainte de întâlnirea de evaluare.
mail-letter-subject = Heard: o scrisoare de la IRO-ul dumneavoastră
mail-letter-body = IRO-ul dumneavoastră v-a scris despre întâlnirea de evaluare. Deschideți linkul ca să citiți scrisoarea. Veți avea nevoie de secretul dumneavoastră.
mail-open-link = Deschideți linkul:
mail-link-private = Acest link este doar pentru dumneavoastră. Vă rugăm să nu îl dați altcuiva.
mail-ignore = Dacă nu vă așteptați la acest mesaj, îl puteți ignora.
mail-other-language = Acest serviciu este disponibil și în limba română.

## Email to staff (no personal details)

mail-alert-subject = Heard: alertă urgentă despre un copil al cărui caz îl evaluați
mail-alert-body = Un copil a spus că nu se simte în siguranță. Deschideți Heard acum ca să vedeți cine este și să acționați:
mail-duty-alert-body = Un copil a spus că nu se simte în siguranță. IRO-ul copilului a fost anunțat. Vă rugăm să contactați acum echipa de evaluare:
mail-advocacy-subject = Heard: o cerere pentru un susținător
mail-parent-advocacy-body = Părintele unui copil aflat în grija autorităților a cerut un susținător pentru sine. Vă rugăm să contactați echipa de evaluare și să menționați referința { $reference }:
mail-advocacy-body = Un copil sau un tânăr a cerut un susținător. Vă rugăm să contactați echipa de evaluare și să menționați referința { $reference }:
mail-message-subject = Heard: un mesaj de la un copil al cărui caz îl evaluați
mail-message-body = Un copil v-a trimis un mesaj. Deschideți Heard ca să îl citiți:
mail-staff-footer = Acest mesaj nu conține date personale. Conectați-vă la Heard ca să le vedeți.
