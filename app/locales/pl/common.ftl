### Words on every page and on the public pages (landing, help, accessibility, errors).
### Spoken to anyone, child or adult: Polish uses neutral, impersonal forms ("można",
### "prosimy" + infinitive) so that the words suit both.
### Polski (Polish). app/locales/README.md explains the syntax.

## Every page: name, skip link, menus, footer

app-name = Heard
app-tagline = Twój głos w Twojej sprawie
skip-to-content = Przejdź do treści głównej
language-switch-label = Język
help-now = Pomoc teraz
main-navigation = Menu główne
home = Strona główna
footer-accessibility = Deklaracja dostępności
footer-help = Pomoc teraz
footer-credits = Autorzy i licencje

## The landing page

landing-title = Heard: Twój głos w Twojej sprawie
landing-intro1 = Heard pomaga dzieciom i młodzieży w pieczy zastępczej powiedzieć, co myślą.
landing-intro2 = Można odpowiedzieć przed spotkaniem przeglądowym.
landing-intro3 = Można użyć obrazków, słów lub nagrania głosu – we własnym języku.
landing-intro4 = Rodzice i opiekunowie też mogą przekazać swoje zdanie.
landing-intro5 = Osoba, która prowadzi spotkanie, najpierw wszystko przeczyta.
landing-have-code = Przyszedł list albo link?
landing-have-code-text = Wystarczy otworzyć link z wiadomości albo wpisać kod z listu.
landing-staff = Pracownicy urzędu
landing-staff-sign-in = Logowanie dla pracowników

## Errors any page can show

error-summary-title = Wystąpił problem
err-not-found = Nie udało się tego znaleźć.
err-something-wrong = Coś poszło nie tak po naszej stronie. Nic nie zostało zmienione. Prosimy spróbować ponownie.
not-found-title = Nie znaleziono strony
not-found-text = Nie udało się znaleźć tej strony. Prosimy sprawdzić adres albo wrócić na początek.
go-to-start = Wróć na początek
calm-busy-title = Heard ma teraz dużo pracy
calm-busy = Heard ma teraz przez chwilę dużo pracy. Nic z tego, co wysłano, nie zginęło. Prosimy poczekać kilka sekund i spróbować ponownie.
calm-bad-request-title = To nie dotarło tak, jak powinno
calm-bad-request = Heard nie mógł odczytać tego, co wysłano. Nic nie zostało zmienione. Prosimy wrócić i spróbować ponownie.
calm-broken-title = Coś poszło nie tak
calm-broken = Coś poszło nie tak po naszej stronie. To nie jest błąd osoby, która korzysta z Heard. Prosimy spróbować ponownie.
calm-try-again = Wróć i spróbuj ponownie

## Accessibility statement

a11y-title = Deklaracja dostępności
a11y-p1 = Heard prowadzą urzędy, które z niego korzystają. Chcemy, żeby mogło z niego korzystać jak najwięcej osób.
a11y-p2 = Z Heard powinno dać się korzystać przy szerokości 320 pikseli i powiększeniu do 200%, a także za pomocą klawiatury lub czytnika ekranu.
a11y-p3 = Każda strona działa, zanim załadują się jej skrypty. Dzieci, rodzice i opiekunowie mogą korzystać z Heard po walijsku, po angielsku i w innych językach, które oferuje ich urząd. Strony dla pracowników są po walijsku i po angielsku.
a11y-compliance-heading = Status zgodności
a11y-compliance = Naszym celem jest spełnienie wytycznych WCAG 2.2 (Web Content Accessibility Guidelines) na poziomie AA. Przed każdym wydaniem automatyczne testy axe-core sprawdzają każdą stronę w obu językach.
a11y-report-heading = Zgłaszanie problemów
a11y-report = Jeśli coś nie działa, prosimy powiadomić swój urząd lub osobę, która przysłała link. Odpowiemy w ciągu 10 dni roboczych.
a11y-enforcement = W razie niezadowolenia z naszej odpowiedzi prosimy o kontakt z Equality Advisory and Support Service (EASS).
a11y-prepared = Deklarację sporządzono 23 listopada 2026 r.

## Credits and licences

credits-title = Autorzy i licencje
credits-symbols = Symbole:
credits-voices = Nagrania do czytania na głos przygotowano za pomocą
credits-fonts = Czcionka w chronionych plikach PDF do pobrania:
credits-own-symbols = Urząd może zamiast nich używać własnych licencjonowanych symboli (na przykład Widgit).
credits-intro = Heard powstał z użyciem otwartego oprogramowania (open source).
