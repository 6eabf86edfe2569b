### Every word on the screens a child or young person sees (the way in, the secret, the
### form, help now). Easy read: every sentence 15 words or fewer (a test checks). Romanian speaks
### to the child as "tu" (informal). Parents and carers see these screens too; where their
### words differ, they are in family.ftl.
### Română (Romanian). app/locales/README.md explains the syntax.

## Help now: the panel on every child screen, and the help page

help-now-title = Ajutor acum
help-now-intro = Poți vorbi cu cineva acum. Este gratuit.
help-danger = Ești în pericol acum? Sună la 999.
help-meic = Meic: sună la 080880 23456 sau trimite SMS la 84001. Deschis de la 8 dimineața până la miezul nopții.
help-meic-web = Meic are și un chat pe internet.
help-childline = Childline: sună la 0800 1111.
help-call999 = Sună la 999
help-call-meic = Sună la Meic
help-text-meic = Trimite SMS la Meic
help-call-childline = Sună la Childline

## The way in: a code or link, then the review

landing-type-code = Scrie codul tău
entry-title = Începe
entry-code-label = Codul tău
entry-code-hint = Arată cam așa: ACD7F-GH3KM. Nu trebuie să scrii cu litere mari.
entry-start = Începe
entry-not-working = Ne pare rău, codul sau linkul nu a mers. Poate este vechi sau are o greșeală de scriere. Te rog să îl verifici sau să ceri ajutor.
entry-code-missing = Scrie codul din scrisoarea ta.
entry-too-many =
    { $minutes ->
        [one] Prea multe încercări. Te rog să aștepți { $minutes } minut sau să ceri ajutor.
        [few] Prea multe încercări. Te rog să aștepți { $minutes } minute sau să ceri ajutor.
       *[other] Prea multe încercări. Te rog să aștepți { $minutes } de minute sau să ceri ajutor.
    }
entry-try-code = Scrie un cod în schimb
entry-ask-heading = Cine te poate ajuta
entry-hello = Bună, { $name }!
entry-leave = Mă opresc deocamdată
entry-left = Te-ai oprit deocamdată. Folosește linkul sau codul tău ca să revii.
my-review-title = Evaluarea ta
my-review-when-child = Întâlnirea ta de evaluare are loc { $when }.
my-review-from = Această evaluare este organizată de { $council }.
my-review-questions = Ai întrebări? Contactează echipa de evaluare:

## Making and using a secret

secret-pick-three = Alege exact 3 imagini.
secret-phrase-short = Fraza ta secretă trebuie să aibă 8 litere sau mai multe.
secret-phrase-long = Fraza ta secretă este prea lungă. Folosește mai puțin de 200 de litere.
secret-phrase-differ = Cele două fraze nu sunt la fel. Scrie-o din nou.
secret-phrase-label = Fraza secretă
secret-phrase-again = Scrie-o din nou
secret-pictures-legend = Alege 3 imagini
secret-use-pictures = Salvează imaginile mele
secret-use-phrase = Salvează fraza mea
unlock-wrong = Nu a fost bine. Încearcă din nou.
unlock-locked = Secretul tău este blocat. Roagă persoana care are grijă de tine sau IRO-ul tău să te ajute.
unlock-go = Lasă-mă să intru
child-secret-title = Creează-ți secretul
child-unlock-title = Bine ai revenit

## Asking for an advocate

advocacy-asked = Vom ruga un susținător să ia legătura cu tine.
advocacy-from = Susținătorii din zona ta sunt de la { $provider }.
advocacy-reference = Numărul cererii tale este { $reference }.
child-advocacy-title = Vrei un susținător?

## Messages to the IRO

message-pick-kind = Alege despre ce este mesajul tău.
message-sent = Mesajul tău a ajuns la IRO-ul tău.
message-sent-on = Trimis { $date }
message-not-read-yet = Necitit încă
messages-sent-heading = Mesajele trimise de tine
tell-my-iro = Mesaj pentru IRO-ul meu

## Giving views: the form, checking, adding more, done

check-change-answers = Schimbă răspunsurile mele
consult-too-long =
    { $limit ->
        [one] Textul este foarte lung. Te rog să scrii sub { $limit } literă sau adaugă restul după ce trimiți.
        [few] Textul este foarte lung. Te rog să scrii sub { $limit } litere sau adaugă restul după ce trimiți.
       *[other] Textul este foarte lung. Te rog să scrii sub { $limit } de litere sau adaugă restul după ce trimiți.
    }
consult-not-a-choice = Te rog să alegi unul dintre răspunsurile de aici.
consult-already-sent = Ai trimis deja asta. Poți adăuga mai multe mai jos.
check-saved = Alegerile tale sunt salvate.
check-save-choices = Salvează aceste alegeri
check-nothing = Încă nu ai scris nimic aici. Nu este nicio problemă.
add-more-label = Adaugă ceva în plus
add-more-send = Adaugă asta
add-more-closed = Este prea târziu să adaugi ceva înainte de această întâlnire. Poți să-i spui IRO-ului tău la întâlnire.
add-more-empty = Scrie ceva de adăugat sau lasă așa.
add-more-saved = L-am adăugat. IRO-ul tău îl va vedea.
added-on = Adăugat { $date }
done-meeting = Întâlnirea ta are loc { $date }.
done-add-until = Poți adăuga mai multe până { $date }.
done-what-you-said = Ce ai spus
form-later-title = Salvat pentru mai târziu
form-later-saved = Tot ce ai spus este salvat.
form-later-return = Folosește linkul sau codul tău ca să revii. Apoi folosește secretul tău.
form-carry-on = Continuă
form-start = Începe
form-see-what-i-said = Vezi ce am spus
form-progress = Progresul tău
form-part = Partea { $n } din { $total }
form-done = gata
form-here = ești aici
form-your-answer = Răspunsul tău
form-not-safe-help = Dacă nu te simți în siguranță, apasă acest buton.
form-talk-to-advocate = Vorbește cu un susținător
form-retrying = Încă nu s-a salvat. Răspunsurile tale sunt păstrate pe acest dispozitiv. Încercăm din nou…
form-signed-out = Răspunsurile tale sunt păstrate pe acest dispozitiv. Deschide din nou linkul sau codul ca să le salvezi.
form-saving = Se salvează…
form-saved = Salvat
form-offline = Nu există conexiune. Răspunsurile tale sunt păstrate pe acest dispozitiv. Se vor salva când ai din nou internet.
safe-duty-number = Echipa de permanență: { $name }, { $phone }
safe-not-signed-in = Dacă nu ești în siguranță, sună la 999 sau vorbește cu cineva de mai jos.
child-welcome-title = Bine ai venit
child-about-title = Ce este asta?
child-check-title = Verifică ce ai spus
child-done-title = Mulțumim că ne-ai spus
child-safe-title = Ai spus că nu te simți în siguranță
child-form-title = Părerile tale
listen = Ascultă
sharing-private-tag = Doar pentru IRO-ul tău
sharing-share-tag = Se poate vorbi despre asta

## Say it or draw it: why a recording or a drawing was not kept

err-media-wrong-voice = Nu putem reda asta. Te rugăm să trimiți o înregistrare audio.
err-media-wrong-drawing = Nu putem arăta asta. Te rugăm să trimiți o imagine.
err-media-empty = Era gol. Te rugăm să încerci din nou.
err-media-silent = Nu s-a auzit nimic. Te rugăm să încerci din nou.
err-media-too-big = Este prea mare. Te rugăm să trimiți ceva mai scurt sau mai mic.
err-media-damaged = Nu a ajuns întreg. Te rugăm să încerci din nou.
