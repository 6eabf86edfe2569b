### The words on the child's screens that differ for a parent or carer: Polish addresses an
### adult politely, with "Państwo" (the plural polite form, usual in official Polish when the
### reader's gender is unknown), "proszę" + infinitive, or impersonal forms ("można").
### Short button labels use the ordinary Polish interface imperative ("Kontynuuj").
### Each one has a twin in child.ftl (`for_adults` in app/src/i18n/mod.rs pairs them).
### Easy read too: 15 words or fewer a sentence.
### Polski (Polish). app/locales/README.md explains the syntax.

## Help for adults (the panel on parents' and carers' screens)

help-adult-danger = Jeśli dziecku grozi teraz niebezpieczeństwo, proszę zadzwonić pod 999.
help-samaritans = Chcą Państwo teraz z kimś porozmawiać? Samaritans słuchają w dzień i w nocy. To nic nie kosztuje.
help-call-samaritans = Samaritans – telefon: 116 123
help-call-samaritans-welsh = Samaritans po walijsku: 0808 164 0123

## The way in and the review

my-review-when-adult = Spotkanie przeglądowe w sprawie dziecka: { $name }. Termin: { $when }.
give-your-views = Podziel się swoim zdaniem
see-what-you-sent = Zobacz wysłane odpowiedzi
adult-form-carry-on = Kontynuuj
adult-my-review-title = Spotkanie przeglądowe

## The same screens as a child's, in the words for an adult

adult-check-saved = Państwa wybory są zapisane.
adult-secret-phrase-again = Proszę wpisać je ponownie
adult-unlock-go = Zaloguj się
adult-form-later-saved = Wszystkie Państwa odpowiedzi są zapisane.
adult-form-later-return = Aby wrócić, proszę użyć linku albo kodu. Potem proszę wpisać tajne hasło.
adult-advocacy-from = Rzeczników w Państwa okolicy zapewnia { $provider }.
adult-advocacy-reference = Numer Państwa zgłoszenia: { $reference }.
adult-done-what-you-said = Państwa odpowiedzi
adult-done-add-until = Można jeszcze coś dodać. Termin: { $date }.
adult-add-more-label = Coś jeszcze do dodania
adult-check-nothing = Nic tu jeszcze nie napisano. To nic nie szkodzi.
adult-form-progress = Postępy
adult-form-offline = Brak połączenia. Odpowiedzi są zachowane na tym urządzeniu. Zapiszemy je, gdy znowu będzie internet.
adult-secret-phrase-short = Tajne hasło musi mieć co najmniej 8 liter.
adult-secret-phrase-long = Tajne hasło jest za długie. Proszę użyć mniej niż 200 liter.
adult-secret-phrase-differ = Te dwa hasła nie są takie same. Proszę wpisać je ponownie.
adult-unlock-wrong = Coś się nie zgadza. Proszę spróbować ponownie.
adult-unlock-locked = Tajne hasło jest zablokowane. Aby je odblokować, proszę zadzwonić do zespołu ds. przeglądów.
adult-consult-too-long =
    { $limit ->
        [one] To bardzo długi tekst. Proszę skrócić go do { $limit } litery albo dopisać resztę po wysłaniu.
       *[other] To bardzo długi tekst. Proszę skrócić go do { $limit } liter albo dopisać resztę po wysłaniu.
    }
adult-consult-not-a-choice = Proszę wybrać jedną z pokazanych odpowiedzi.
adult-add-more-empty = Proszę napisać, co dodać, albo zostawić to pole puste.
adult-add-more-closed = Jest już za późno, żeby coś dodać przed tym spotkaniem. Można to powiedzieć IRO na spotkaniu.
adult-add-more-saved = Dodaliśmy to. IRO to zobaczy.
adult-advocacy-asked = Poprosimy rzecznika, żeby skontaktował się z Państwem.
adult-consult-already-sent = To zostało już wysłane. Poniżej można dodać coś jeszcze.
adult-form-retrying = Jeszcze nie zapisano. Odpowiedzi są zachowane na tym urządzeniu. Próbujemy ponownie…
adult-form-signed-out = Odpowiedzi są zachowane na tym urządzeniu. Aby je zapisać, proszę znowu otworzyć link albo wpisać kod.
