### Email and the printed invitation letter. Emails are plain text and hold a first name and
### a link at most: nothing else personal. Letters and emails can reach a child or an adult,
### so Polish uses neutral, impersonal forms, except the child's own lines ("ty") and the
### emails to staff ("Państwo").
### Polski (Polish). app/locales/README.md explains the syntax.

## The printed invitation letter (in the recipient's language)

letter-hello = Witaj, { $name }!
letter-child-intro = Termin Twojego spotkania: { $when }.
letter-adult-intro = Zapraszamy na spotkanie przeglądowe w sprawie dziecka: { $name }. Termin: { $when }.
letter-views = Przed spotkaniem można nam przekazać swoje zdanie.
letter-scan = Kwadrat można zeskanować aparatem w telefonie.
letter-type-code = Można też wejść na stronę { $address } i wpisać ten kod:
letter-code-works-until = Kod jest ważny do: { $date }.
letter-qr-label = Kod QR, który otwiera zaproszenie
letter-help = Potrzebna pomoc? Można zapytać opiekuna albo skontaktować się z nami: { $contact }.
letter-help-no-contact = Potrzebna pomoc? Można zapytać opiekuna albo pracownika socjalnego.
letter-other-language = Ten list jest dostępny także po polsku: wystarczy wpisać kod, a potem wybrać „Polski”.

## Email to children, parents and carers (plain text: a first name and a link, nothing else personal)

mail-hello = Dzień dobry, { $name },
mail-invite-subject = Heard: zaproszenie do przekazania swojego zdania
mail-invite-body = Zapraszamy do przekazania swojego zdania przed spotkaniem przeglądowym.
mail-changed-subject = Heard: zmiana spotkania przeglądowego
mail-changed-body = Zmieniła się data, godzina lub organizacja spotkania przeglądowego.
mail-cancelled-subject = Heard: spotkanie przeglądowe zostało odwołane
mail-cancelled-body = Spotkanie przeglądowe, na które wysłaliśmy zaproszenie, zostało odwołane. Urząd skontaktuje się w tej sprawie.
mail-reminder-subject = Heard: przypomnienie o przekazaniu swojego zdania
mail-reminder-body = Przed spotkaniem przeglądowym wciąż jest czas, żeby przekazać swoje zdanie.
mail-letter-subject = Heard: list od IRO
mail-letter-body = IRO przesyła list w sprawie spotkania przeglądowego. Aby go przeczytać, wystarczy otworzyć link. Potrzebny będzie sekret.
mail-open-link = Oto link:
mail-link-private = Ten link jest osobisty. Prosimy nikomu go nie przekazywać.
mail-ignore = Jeśli ta wiadomość przyszła niespodziewanie, można ją zignorować.
mail-other-language = Ta usługa jest dostępna także w języku polskim.

## Email to staff (no personal details)

mail-alert-subject = Heard: pilne powiadomienie w sprawie dziecka, którego przegląd Państwo prowadzą
mail-alert-body = Dziecko zgłosiło, że nie czuje się bezpiecznie. Proszę od razu otworzyć Heard, aby sprawdzić, kogo to dotyczy, i podjąć działania:
mail-duty-alert-body = Dziecko zgłosiło, że nie czuje się bezpiecznie. IRO tego dziecka już o tym wie. Proszę od razu skontaktować się z zespołem ds. przeglądów:
mail-advocacy-subject = Heard: prośba o rzecznika
mail-parent-advocacy-body = Rodzic dziecka w pieczy zastępczej prosi o rzecznika dla siebie. Proszę skontaktować się z zespołem ds. przeglądów i podać numer zgłoszenia { $reference }:
mail-advocacy-body = Dziecko lub młoda osoba prosi o rzecznika. Proszę skontaktować się z zespołem ds. przeglądów i podać numer zgłoszenia { $reference }:
mail-message-subject = Heard: wiadomość od dziecka, którego przegląd Państwo prowadzą
mail-message-body = Dziecko wysłało Państwu wiadomość. Aby ją przeczytać, proszę otworzyć Heard:
mail-staff-footer = Ta wiadomość nie zawiera danych osobowych. Aby je zobaczyć, proszę zalogować się do Heard.
