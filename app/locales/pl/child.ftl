### Every word on the screens a child or young person sees (the way in, the secret, the
### form, help now). Easy read: every sentence 15 words or fewer (a test checks). Polish speaks
### to the child as "ty" (informal), and avoids past-tense "you" forms, which show gender.
### Parents and carers see these screens too; where their words differ, they are in family.ftl.
### Polski (Polish). app/locales/README.md explains the syntax.

## Help now: the panel on every child screen, and the help page

help-now-title = Pomoc teraz
help-now-intro = Możesz teraz z kimś porozmawiać. To nic nie kosztuje.
help-danger = Grozi Ci niebezpieczeństwo? Zadzwoń pod 999.
help-meic = Meic: zadzwoń pod 080880 23456 albo wyślij SMS pod 84001. Czynne od 8:00 do północy.
help-meic-web = Meic ma też czat w internecie.
help-childline = Childline: zadzwoń pod 0800 1111.
help-call999 = Zadzwoń pod 999
help-call-meic = Zadzwoń do Meic
help-text-meic = Napisz SMS do Meic
help-call-childline = Zadzwoń do Childline

## The way in: a code or link, then the review

landing-type-code = Wpisz swój kod
entry-title = Start
entry-code-label = Twój kod
entry-code-hint = Wygląda tak: ACD7F-GH3KM. Nie musisz pisać wielkimi literami.
entry-start = Zacznij
entry-not-working = Przepraszamy, ten kod lub link nie działa. Może jest stary albo ma literówkę. Sprawdź go albo poproś o pomoc.
entry-code-missing = Wpisz kod z listu.
entry-too-many =
    { $minutes ->
        [one] Za dużo prób. Poczekaj { $minutes } minutę albo poproś o pomoc.
        [few] Za dużo prób. Poczekaj { $minutes } minuty albo poproś o pomoc.
        [many] Za dużo prób. Poczekaj { $minutes } minut albo poproś o pomoc.
       *[other] Za dużo prób. Poczekaj { $minutes } minuty albo poproś o pomoc.
    }
entry-try-code = Wpisz kod zamiast tego
entry-ask-heading = Kto może pomóc
entry-hello = Witaj, { $name }!
entry-leave = Skończ na razie
entry-left = Na razie to wszystko. Aby wrócić, użyj swojego linku albo kodu.
my-review-title = Twoje spotkanie
my-review-when-child = Termin Twojego spotkania: { $when }.
my-review-from = Spotkanie organizuje { $council }.
my-review-questions = Pytania? Kontakt z zespołem ds. przeglądów:

## Making and using a secret

secret-pick-three = Wybierz dokładnie 3 obrazki.
secret-phrase-short = Twoje tajne hasło musi mieć co najmniej 8 liter.
secret-phrase-long = Twoje tajne hasło jest za długie. Użyj mniej niż 200 liter.
secret-phrase-differ = Te dwa hasła nie są takie same. Wpisz je jeszcze raz.
secret-phrase-label = Tajne hasło
secret-phrase-again = Wpisz je jeszcze raz
secret-pictures-legend = Wybierz 3 obrazki
secret-use-pictures = Zapisz moje obrazki
secret-use-phrase = Zapisz moje hasło
unlock-wrong = Coś się nie zgadza. Spróbuj jeszcze raz.
unlock-locked = Twój sekret jest zablokowany. Poproś o pomoc opiekuna albo swojego IRO.
unlock-go = Wpuść mnie
child-secret-title = Stwórz swój sekret
child-unlock-title = Witaj ponownie

## Asking for an advocate

advocacy-asked = Poprosimy rzecznika, żeby się z Tobą skontaktował.
advocacy-from = Rzeczników w Twojej okolicy zapewnia { $provider }.
advocacy-reference = Numer Twojej prośby: { $reference }.
child-advocacy-title = Czy chcesz mieć rzecznika?

## Messages to the IRO

message-pick-kind = Wybierz, czego dotyczy Twoja wiadomość.
message-sent = Twoja wiadomość trafiła do Twojego IRO.
message-sent-on = Wysłano: { $date }
message-not-read-yet = Jeszcze nieprzeczytana
messages-sent-heading = Twoje wysłane wiadomości
tell-my-iro = Powiedz mojemu IRO

## Giving views: the form, checking, adding more, done

check-change-answers = Zmień moje odpowiedzi
consult-too-long =
    { $limit ->
        [one] To jest bardzo długie. Skróć tekst do { $limit } litery albo dopisz resztę po wysłaniu.
       *[other] To jest bardzo długie. Skróć tekst do { $limit } liter albo dopisz resztę po wysłaniu.
    }
consult-not-a-choice = Wybierz jedną z pokazanych odpowiedzi.
consult-already-sent = To jest już wysłane. Poniżej możesz dodać coś jeszcze.
check-saved = Twoje wybory są zapisane.
check-save-choices = Zapisz te wybory
check-nothing = Tu jeszcze nic nie napisano. To nic nie szkodzi.
add-more-label = Dodaj coś jeszcze
add-more-send = Dodaj to
add-more-closed = Jest już za późno, żeby coś dodać przed tym spotkaniem. Możesz to powiedzieć swojemu IRO na spotkaniu.
add-more-empty = Napisz, co chcesz dodać, albo zostaw to pole puste.
add-more-saved = Dodaliśmy to. Twój IRO to zobaczy.
added-on = Dodano: { $date }
done-meeting = Termin Twojego spotkania: { $date }.
done-add-until = Możesz jeszcze coś dodać. Masz czas do: { $date }.
done-what-you-said = Twoje odpowiedzi
form-later-title = Zapisane na później
form-later-saved = Wszystkie Twoje odpowiedzi są zapisane.
form-later-return = Aby wrócić, użyj swojego linku albo kodu. Potem użyj swojego sekretu.
form-carry-on = Kontynuuj
form-start = Zacznij
form-see-what-i-said = Zobacz moje odpowiedzi
form-progress = Twoje postępy
form-part = Część { $n } z { $total }
form-done = gotowe
form-here = tu jesteś
form-your-answer = Twoja odpowiedź
form-not-safe-help = Jeśli nie czujesz się bezpiecznie, naciśnij ten przycisk.
form-talk-to-advocate = Porozmawiaj z rzecznikiem
form-retrying = Jeszcze nie zapisano. Twoje odpowiedzi są zachowane na tym urządzeniu. Próbujemy jeszcze raz…
form-signed-out = Twoje odpowiedzi są zachowane na tym urządzeniu. Otwórz znowu swój link albo wpisz kod, żeby je zapisać.
form-saving = Zapisywanie…
form-saved = Zapisano
form-offline = Brak połączenia. Twoje odpowiedzi są zachowane na tym urządzeniu. Zapiszemy je, gdy znowu będzie internet.
safe-duty-number = Zespół dyżurny: { $name }, { $phone }
safe-not-signed-in = Jeśli grozi Ci niebezpieczeństwo, zadzwoń pod 999 albo porozmawiaj z kimś poniżej.
child-welcome-title = Witaj
child-about-title = Co to jest?
child-check-title = Sprawdź swoje odpowiedzi
child-done-title = Dziękujemy za Twoje odpowiedzi
child-safe-title = Mówisz, że nie czujesz się bezpiecznie
child-form-title = Twoje zdanie
listen = Posłuchaj
sharing-private-tag = Tylko dla Twojego IRO
sharing-share-tag = Można o tym rozmawiać

## Say it or draw it: why a recording or a drawing was not kept

err-media-wrong-voice = Nie możemy tego odtworzyć. Wyślij nagranie dźwiękowe.
err-media-wrong-drawing = Nie możemy tego pokazać. Wyślij obrazek.
err-media-empty = To było puste. Spróbuj jeszcze raz.
err-media-silent = Nic nie było słychać. Spróbuj jeszcze raz.
err-media-too-big = To jest za duże. Wyślij krótsze albo mniejsze.
err-media-damaged = To nie dotarło w całości. Spróbuj jeszcze raz.
