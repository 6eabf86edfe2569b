### The words on the child's screens that differ for a parent or carer: Welsh addresses an adult
### as "chi" (a test checks that none says "ti"). Each one has a twin in child.ftl
### (`for_adults` in app/src/i18n/mod.rs pairs them). Easy read too: 15 words or fewer a sentence.
### Cymraeg (Welsh). app/locales/README.md explains the syntax.

## Help for adults (the panel on parents' and carers' screens)

help-adult-danger = Os oes plentyn mewn perygl nawr, ffoniwch 999.
help-samaritans = Angen siarad â rhywun nawr? Mae'r Samariaid yn gwrando, ddydd a nos. Mae am ddim.
help-call-samaritans = Ffonio'r Samariaid: 116 123
help-call-samaritans-welsh = Y Samariaid yn Gymraeg: 0808 164 0123

## The way in and the review

my-review-when-adult = Mae'r cyfarfod adolygu ar gyfer { $name } ar { $when_soft }.
give-your-views = Rhoi eich barn
see-what-you-sent = Gweld beth anfonoch chi
adult-form-carry-on = Daliwch ati
adult-my-review-title = Eich adolygiad

## The same screens as a child's, in the words for an adult

adult-check-saved = Mae eich dewisiadau wedi'u cadw.
adult-secret-phrase-again = Teipiwch ef eto
adult-unlock-go = Gadewch fi i mewn
adult-form-later-saved = Mae popeth ddywedoch chi wedi'i gadw.
adult-form-later-return = Defnyddiwch eich dolen neu eich cod i ddod yn ôl. Wedyn teipiwch eich ymadrodd cyfrinachol.
adult-advocacy-from = Mae eiriolwyr yn eich ardal chi yn dod o { $provider }.
adult-advocacy-reference = Rhif eich cais yw { $reference }.
adult-done-what-you-said = Beth ddywedoch chi
adult-done-add-until = Gallwch chi ychwanegu mwy tan { $date_soft }.
adult-add-more-label = Ychwanegwch rywbeth arall
adult-check-nothing = Dydych chi ddim wedi ysgrifennu dim byd eto. Mae hynny'n iawn.
adult-form-progress = Eich cynnydd
adult-form-offline = Dim cysylltiad. Mae eich atebion yn cael eu cadw ar y ddyfais hon. Byddan nhw'n cael eu cadw pan fyddwch chi ar-lein eto.
adult-secret-phrase-short = Mae angen 8 llythyren neu fwy yn eich ymadrodd cyfrinachol.
adult-secret-phrase-long = Mae eich ymadrodd cyfrinachol yn rhy hir. Defnyddiwch lai na 200 llythyren.
adult-secret-phrase-differ = Dydy'r ddau ymadrodd ddim yr un fath. Teipiwch ef eto.
adult-unlock-wrong = Doedd hynny ddim yn iawn. Rhowch gynnig arall arni.
adult-unlock-locked = Mae eich ymadrodd cyfrinachol wedi'i gloi. Ffoniwch y tîm adolygu i'w agor.
adult-consult-too-long =
    { $limit ->
        [two] Mae hynny'n hir iawn. Cadwch ef dan { $limit } lythyren, neu ychwanegwch fwy ar ôl anfon.
       *[other] Mae hynny'n hir iawn. Cadwch ef dan { $limit } llythyren, neu ychwanegwch fwy ar ôl anfon.
    }
adult-consult-not-a-choice = Dewiswch un o'r atebion sydd i'w gweld, os gwelwch yn dda.
adult-add-more-empty = Ysgrifennwch rywbeth i'w ychwanegu, neu gadewch ef.
adult-add-more-closed = Mae'n rhy hwyr i ychwanegu mwy cyn y cyfarfod hwn. Gallwch chi ddweud wrth yr IRO yn y cyfarfod.
adult-add-more-saved = Rydyn ni wedi'i ychwanegu. Bydd yr IRO yn ei weld.
adult-advocacy-asked = Byddwn ni'n gofyn i eiriolwr gysylltu â chi.
adult-consult-already-sent = Rydych chi wedi anfon hwn yn barod. Gallwch chi ychwanegu mwy isod.
adult-form-retrying = Heb ei gadw eto. Mae eich atebion yn cael eu cadw ar y ddyfais hon. Yn trio eto…
adult-form-signed-out = Mae eich atebion yn cael eu cadw ar y ddyfais hon. Agorwch eich dolen neu eich cod eto i'w cadw.
