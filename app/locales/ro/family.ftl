### The words on the child's screens that differ for a parent or carer: Romanian addresses an
### adult politely, as "dumneavoastră" (never "tu"). Each one has a twin in child.ftl
### (`for_adults` in app/src/i18n/mod.rs pairs them). Easy read too: 15 words or fewer a sentence.
### Română (Romanian). app/locales/README.md explains the syntax.

## Help for adults (the panel on parents' and carers' screens)

help-adult-danger = Dacă un copil este în pericol acum, sunați la 999.
help-samaritans = Aveți nevoie să vorbiți cu cineva acum? Samaritans vă ascultă, zi și noapte. Este gratuit.
help-call-samaritans = Sunați la Samaritans: 116 123
help-call-samaritans-welsh = Samaritans în limba galeză: 0808 164 0123

## The way in and the review

my-review-when-adult = Întâlnirea de evaluare pentru { $name } are loc { $when }.
give-your-views = Spuneți-vă părerea
see-what-you-sent = Vedeți ce ați trimis
adult-form-carry-on = Continuați
adult-my-review-title = Evaluarea dumneavoastră

## The same screens as a child's, in the words for an adult

adult-check-saved = Alegerile dumneavoastră sunt salvate.
adult-secret-phrase-again = Scrieți-o din nou
adult-unlock-go = Lăsați-mă să intru
adult-form-later-saved = Tot ce ați spus este salvat.
adult-form-later-return = Folosiți linkul sau codul dumneavoastră ca să reveniți. Apoi scrieți fraza secretă.
adult-advocacy-from = Susținătorii din zona dumneavoastră sunt de la { $provider }.
adult-advocacy-reference = Numărul cererii dumneavoastră este { $reference }.
adult-done-what-you-said = Ce ați spus
adult-done-add-until = Puteți adăuga mai multe până { $date }.
adult-add-more-label = Adăugați ceva în plus
adult-check-nothing = Încă nu ați scris nimic. Nu este nicio problemă.
adult-form-progress = Progresul dumneavoastră
adult-form-offline = Nu există conexiune. Răspunsurile dumneavoastră sunt păstrate pe acest dispozitiv. Se vor salva când aveți din nou internet.
adult-secret-phrase-short = Fraza dumneavoastră secretă trebuie să aibă 8 litere sau mai multe.
adult-secret-phrase-long = Fraza dumneavoastră secretă este prea lungă. Folosiți mai puțin de 200 de litere.
adult-secret-phrase-differ = Cele două fraze nu sunt la fel. Scrieți-o din nou.
adult-unlock-wrong = Nu a fost bine. Încercați din nou.
adult-unlock-locked = Fraza dumneavoastră secretă este blocată. Vă rugăm să sunați echipa de evaluare ca să o deblocheze.
adult-consult-too-long =
    { $limit ->
        [one] Textul este foarte lung. Vă rugăm să scrieți sub { $limit } literă sau adăugați restul după ce trimiteți.
        [few] Textul este foarte lung. Vă rugăm să scrieți sub { $limit } litere sau adăugați restul după ce trimiteți.
       *[other] Textul este foarte lung. Vă rugăm să scrieți sub { $limit } de litere sau adăugați restul după ce trimiteți.
    }
adult-consult-not-a-choice = Vă rugăm să alegeți unul dintre răspunsurile de aici.
adult-add-more-empty = Scrieți ceva de adăugat sau lăsați așa.
adult-add-more-closed = Este prea târziu să adăugați ceva înainte de această întâlnire. Îi puteți spune IRO-ului la întâlnire.
adult-add-more-saved = L-am adăugat. IRO-ul îl va vedea.
adult-advocacy-asked = Vom ruga un susținător să ia legătura cu dumneavoastră.
adult-consult-already-sent = Ați trimis deja asta. Puteți adăuga mai multe mai jos.
adult-form-retrying = Încă nu s-a salvat. Răspunsurile dumneavoastră sunt păstrate pe acest dispozitiv. Încercăm din nou…
adult-form-signed-out = Răspunsurile dumneavoastră sunt păstrate pe acest dispozitiv. Deschideți din nou linkul sau codul ca să le salvați.
