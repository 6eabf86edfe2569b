### Words on every page and on the public pages (landing, help, accessibility, errors).
### Spoken to anyone: Romanian uses the polite "dumneavoastră" forms (2nd person plural).
### Română (Romanian). app/locales/README.md explains the syntax.

## Every page: name, skip link, menus, footer

app-name = Heard
app-tagline = Vocea ta la evaluarea ta
skip-to-content = Salt la conținutul principal
language-switch-label = Limba
help-now = Ajutor acum
main-navigation = Meniu principal
home = Acasă
footer-accessibility = Declarație de accesibilitate
footer-help = Ajutor acum
footer-credits = Mulțumiri și licențe

## The landing page

landing-title = Heard: vocea ta la evaluarea ta
landing-intro1 = Heard îi ajută pe copiii și tinerii aflați în grija autorităților să spună ce gândesc.
landing-intro2 = Puteți răspunde înainte de întâlnirea de evaluare.
landing-intro3 = Folosiți imagini, cuvinte sau sunete, în limba dumneavoastră.
landing-intro4 = Și părinții și îngrijitorii își pot trimite părerea.
landing-intro5 = Persoana care conduce întâlnirea citește totul mai întâi.
landing-have-code = Ați primit o scrisoare sau un link?
landing-have-code-text = Deschideți linkul din mesaj sau scrieți codul din scrisoare.
landing-staff = Personalul consiliului
landing-staff-sign-in = Autentificare pentru personal

## Errors any page can show

error-summary-title = Există o problemă
err-not-found = Nu am găsit ce căutați.
err-something-wrong = Ceva nu a mers bine la noi. Nu s-a schimbat nimic. Vă rugăm să încercați din nou.
not-found-title = Pagina nu a fost găsită
not-found-text = Nu am găsit această pagină. Verificați adresa sau reveniți la început.
go-to-start = Mergeți la început
calm-busy-title = Heard este ocupat
calm-busy = Heard este ocupat pentru o clipă. Nu s-a pierdut nimic din ce ați trimis. Vă rugăm să așteptați câteva secunde, apoi încercați din nou.
calm-bad-request-title = Nu a ajuns cum ne așteptam
calm-bad-request = Heard nu a putut citi ce s-a trimis. Nu s-a schimbat nimic. Reveniți și încercați din nou.
calm-broken-title = Ceva nu a mers bine
calm-broken = Ceva nu a mers bine la noi. Nu este din vina dumneavoastră. Vă rugăm să încercați din nou.
calm-try-again = Reveniți și încercați din nou

## Accessibility statement

a11y-title = Declarație de accesibilitate
a11y-p1 = Heard este administrat de consiliile care îl folosesc. Vrem ca cât mai mulți oameni să îl poată folosi.
a11y-p2 = Ar trebui să puteți folosi Heard la o lățime de 320 de pixeli, cu mărire de până la 200%, de la tastatură sau cu un cititor de ecran.
a11y-p3 = Fiecare pagină funcționează chiar înainte să se încarce scripturile. Copiii, părinții și îngrijitorii pot folosi Heard în galeză, în engleză și în celelalte limbi pe care le oferă consiliul lor. Paginile pentru personal sunt în galeză și în engleză.
a11y-compliance-heading = Stadiul conformității
a11y-compliance = Ne propunem să respectăm Ghidul de accesibilitate pentru conținutul web (WCAG) 2.2, nivelul AA. Înainte de fiecare versiune nouă, verificări automate cu axe-core rulează pe fiecare pagină, în ambele limbi.
a11y-report-heading = Raportarea unei probleme
a11y-report = Dacă ceva nu funcționează pentru dumneavoastră, spuneți consiliului sau persoanei care v-a trimis linkul. Vă vom răspunde în cel mult 10 zile lucrătoare.
a11y-enforcement = Dacă răspunsul nostru nu vă mulțumește, contactați Serviciul de consiliere și sprijin pentru egalitate (Equality Advisory and Support Service, EASS).
a11y-prepared = Această declarație a fost întocmită pe 23 noiembrie 2026.

## Credits and licences

credits-title = Mulțumiri și licențe
credits-symbols = Simboluri:
credits-voices = Înregistrări de citire cu voce tare realizate cu
credits-fonts = Fontul din fișierele PDF protejate pe care le descărcați:
credits-own-symbols = Un consiliu poate folosi, în locul acestora, propriile simboluri cu licență (de exemplu Widgit).
credits-intro = Heard este construit cu software cu sursă deschisă (open source).
