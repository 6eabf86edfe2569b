### Every word on the screens a child or young person sees (the way in, the secret, the
### form, help now). Easy read: every sentence 15 words or fewer (a test checks). Welsh speaks
### to the child as "ti" and spells "you can" as "gelli" (a test checks). Parents and carers
### see these screens too; where their words differ, they are in family.ftl.
### Cymraeg (Welsh). app/locales/README.md explains the syntax.

## Help now: the panel on every child screen, and the help page

help-now-title = Help nawr
help-now-intro = Gelli di siarad â rhywun nawr. Mae am ddim.
help-danger = Mewn perygl nawr? Ffonia 999.
help-meic = Meic: ffonia 080880 23456 neu tecstia 84001. Ar agor 8am tan hanner nos.
help-meic-web = Mae gan Meic sgwrs ar y we hefyd.
help-childline = Childline: ffonia 0800 1111.
help-call999 = Ffonio 999
help-call-meic = Ffonio Meic
help-text-meic = Tecstio Meic
help-call-childline = Ffonio Childline

## The way in: a code or link, then the review

landing-type-code = Teipio dy god
entry-title = Dechrau
entry-code-label = Dy god
entry-code-hint = Mae'n edrych fel ACD7F-GH3KM. Does dim angen priflythrennau.
entry-start = Dechrau
entry-not-working = Sori, wnaeth y cod neu'r ddolen ddim gweithio. Efallai ei fod yn hen, neu fod camgymeriad teipio. Gwiria fe, neu gofynna am help.
entry-code-missing = Teipia'r cod o dy lythyr.
entry-too-many = Gormod o gynigion. Aros { $minutes } munud, neu gofynna am help.
entry-try-code = Teipio cod yn lle
entry-ask-heading = Pwy all helpu
entry-hello = Helo { $name }!
entry-leave = Gorffen am nawr
entry-left = Rwyt ti wedi gorffen am nawr. Defnyddia dy ddolen neu dy god i ddod yn ôl.
my-review-title = Dy adolygiad
my-review-when-child = Mae cyfarfod dy adolygiad ar { $when_soft }.
my-review-from = Mae'r adolygiad hwn yn cael ei gynnal gan { $council }.
my-review-questions = Cwestiynau? Cysylltwch â'r tîm adolygu:

## Making and using a secret

secret-pick-three = Dewisa 3 llun yn union.
secret-phrase-short = Mae angen 8 llythyren neu fwy yn dy ymadrodd cyfrinachol.
secret-phrase-long = Mae dy ymadrodd cyfrinachol yn rhy hir. Defnyddia lai na 200 llythyren.
secret-phrase-differ = Dydy'r ddau ymadrodd ddim yr un fath. Teipia fe eto.
secret-phrase-label = Ymadrodd cyfrinachol
secret-phrase-again = Teipia fe eto
secret-pictures-legend = Dewisa 3 llun
secret-use-pictures = Cadw fy lluniau
secret-use-phrase = Cadw fy ymadrodd
unlock-wrong = Doedd hynny ddim yn iawn. Rho gynnig arall arni.
unlock-locked = Mae dy gyfrinach wedi'i chloi. Gofynna i dy ofalwr neu dy IRO am help.
unlock-go = Gad fi i mewn
child-secret-title = Gwna dy gyfrinach
child-unlock-title = Croeso'n ôl

## Asking for an advocate

advocacy-asked = Byddwn ni'n gofyn i eiriolwr gysylltu â ti.
advocacy-from = Mae eiriolwyr yn dy ardal di yn dod o { $provider }.
advocacy-reference = Rhif dy gais yw { $reference }.
child-advocacy-title = Hoffet ti gael eiriolwr?

## Messages to the IRO

message-pick-kind = Dewisa am beth mae dy neges.
message-sent = Mae dy neges wedi mynd at dy IRO.
message-sent-on = Anfonwyd ar { $date_soft }
message-not-read-yet = Heb ei darllen eto
messages-sent-heading = Negeseuon anfonaist ti
tell-my-iro = Dweud wrth fy IRO

## Giving views: the form, checking, adding more, done

check-change-answers = Newid fy atebion
consult-too-long =
    { $limit ->
        [two] Mae hynny'n hir iawn. Cadwa fe dan { $limit } lythyren, neu ychwanega fwy ar ôl anfon.
       *[other] Mae hynny'n hir iawn. Cadwa fe dan { $limit } llythyren, neu ychwanega fwy ar ôl anfon.
    }
consult-not-a-choice = Dewisa un o'r atebion sydd i'w gweld, os gweli di'n dda.
consult-already-sent = Rwyt ti wedi anfon hwn yn barod. Gelli di ychwanegu mwy isod.
check-saved = Mae dy ddewisiadau wedi'u cadw.
check-save-choices = Cadw'r dewisiadau hyn
check-nothing = Dwyt ti ddim wedi ysgrifennu dim byd yma eto. Mae hynny'n iawn.
add-more-label = Ychwanega rywbeth arall
add-more-send = Ychwanegu hwn
add-more-closed = Mae'n rhy hwyr i ychwanegu mwy cyn y cyfarfod hwn. Gelli di ddweud wrth dy IRO yn y cyfarfod.
add-more-empty = Ysgrifenna rywbeth i'w ychwanegu, neu gad e.
add-more-saved = Rydyn ni wedi'i ychwanegu. Bydd dy IRO yn ei weld.
added-on = Ychwanegwyd ar { $date_soft }
done-meeting = Mae dy gyfarfod ar { $date_soft }.
done-add-until = Gelli di ychwanegu mwy tan { $date_soft }.
done-what-you-said = Beth ddywedaist ti
form-later-title = Wedi'i gadw tan wedyn
form-later-saved = Mae popeth ddywedaist ti wedi'i gadw.
form-later-return = Defnyddia dy ddolen neu dy god i ddod yn ôl. Wedyn defnyddia dy gyfrinach.
form-carry-on = Dal ati
form-start = Dechrau
form-see-what-i-said = Gweld beth ddywedais i
form-progress = Dy gynnydd
form-part = Rhan { $n } o { $total }
form-done = wedi gorffen
form-here = rwyt ti yma
form-your-answer = Dy ateb
form-not-safe-help = Os nad wyt ti'n teimlo'n ddiogel, pwysa'r botwm hwn.
form-talk-to-advocate = Siarad ag eiriolwr
form-retrying = Heb ei gadw eto. Mae dy atebion yn cael eu cadw ar y ddyfais hon. Yn trio eto…
form-signed-out = Mae dy atebion yn cael eu cadw ar y ddyfais hon. Agor dy ddolen neu dy god eto i'w cadw.
form-saving = Yn cadw…
form-saved = Wedi'i gadw
form-offline = Dim cysylltiad. Mae dy atebion yn cael eu cadw ar y ddyfais hon. Byddan nhw'n cael eu cadw pan fyddi di ar-lein eto.
safe-duty-number = Y tîm ar ddyletswydd: { $name }, { $phone }
safe-not-signed-in = Os nad wyt ti'n ddiogel, ffonia 999 neu siarada â rhywun isod.
child-welcome-title = Croeso
child-about-title = Beth yw hwn?
child-check-title = Gwirio beth ddywedaist ti
child-done-title = Diolch am ddweud wrthon ni
child-safe-title = Dywedaist ti nad wyt ti'n teimlo'n ddiogel
child-form-title = Dy farn di
listen = Gwrando
sharing-private-tag = I dy IRO yn unig
sharing-share-tag = Gellir siarad amdano

## Ei ddweud neu ei dynnu: pam na chadwyd recordiad neu lun

err-media-wrong-voice = Does dim modd chwarae hwn. Dim ond recordiad sain sy'n gweithio.
err-media-wrong-drawing = Does dim modd dangos hwn. Dim ond llun sy'n gweithio.
err-media-empty = Roedd hwn yn wag. Mae angen trio eto.
err-media-silent = Doedd dim byd i'w glywed. Mae angen trio eto.
err-media-too-big = Mae hwn yn rhy fawr. Mae angen un byrrach neu lai.
err-media-damaged = Wnaeth hwn ddim cyrraedd yn gyfan. Mae angen trio eto.
