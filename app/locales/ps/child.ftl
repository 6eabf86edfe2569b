### Every word on the screens a child or young person sees (the way in, the secret, the
### form, help now). Easy read: every sentence 15 words or fewer (a test checks). Welsh speaks
### to the child as "ti" and spells "you can" as "gelli" (a test checks). Parents and carers
### see these screens too; where their words differ, they are in family.ftl.
### Pashto (پښتو): speaks to the child as "ته" (informal). app/locales/README.md explains the syntax.

## Help now: the panel on every child screen, and the help page

help-now-title = همدا اوس مرسته
help-now-intro = ته همدا اوس له یو چا سره خبرې کولی شې. دا وړیا ده.
help-danger = همدا اوس په خطر کې یې؟ 999 ته زنګ ووهه.
help-meic = Meic: 080880 23456 ته زنګ ووهه یا 84001 ته پیغام ولېږه. له سهار 8 بجو تر نیمې شپې پورې خلاص دی.
help-meic-web = Meic آنلاین چټ هم لري.
help-childline = Childline: 0800 1111 ته زنګ ووهه.
help-call999 = 999 ته زنګ ووهه
help-call-meic = Meic ته زنګ ووهه
help-text-meic = Meic ته پیغام ولېږه
help-call-childline = Childline ته زنګ ووهه

## The way in: a code or link, then the review

landing-type-code = خپل کوډ ولیکه
entry-title = پیل
entry-code-label = ستا کوډ
entry-code-hint = داسې ښکاري: ACD7F-GH3KM. لوی انګلیسي توري اړین نه دي.
entry-start = پیل
entry-not-working = بښنه غواړو، دا کوډ یا لینک کار ونه کړ. کېدای شي زوړ وي، یا په لیکلو کې تېروتنه وي. مهرباني وکړه بیا یې وګوره، یا مرسته وغواړه.
entry-code-missing = له خپل لیک څخه کوډ ولیکه.
entry-too-many =
    { $minutes ->
        [one] ډېرې زیاتې هڅې وشوې. مهرباني وکړه { $minutes } دقیقه انتظار وکړه، یا مرسته وغواړه.
       *[other] ډېرې زیاتې هڅې وشوې. مهرباني وکړه { $minutes } دقیقې انتظار وکړه، یا مرسته وغواړه.
    }
entry-try-code = د دې پر ځای کوډ ولیکه
entry-ask-heading = څوک مرسته کولی شي
entry-hello = سلام { $name }!
entry-leave = د اوس لپاره بس کړه
entry-left = ستا کار د اوس لپاره پای ته ورسېد. د بېرته راتلو لپاره خپل لینک یا کوډ وکاروه.
my-review-title = ستا بیاکتنه
my-review-when-child = ستا د بیاکتنې غونډه په { $when } ده.
my-review-from = دا بیاکتنه { $council } پرمخ وړي.
my-review-questions = پوښتنې لرې؟ د بیاکتنې له ټیم سره اړیکه ونیسه:

## Making and using a secret

secret-pick-three = کټ مټ 3 انځورونه وټاکه.
secret-phrase-short = ستا پټه جمله باید 8 یا زیات توري ولري.
secret-phrase-long = ستا پټه جمله ډېره اوږده ده. له 200 توریو لږ وکاروه.
secret-phrase-differ = دواړه جملې یو شان نه دي. بیا یې ولیکه.
secret-phrase-label = پټه جمله
secret-phrase-again = بیا یې ولیکه
secret-pictures-legend = 3 انځورونه وټاکه
secret-use-pictures = زما انځورونه خوندي کړه
secret-use-phrase = زما جمله خوندي کړه
unlock-wrong = دا سم نه و. بیا هڅه وکړه.
unlock-locked = ستا راز قفل شوی دی. له خپل پالونکي یا خپل IRO څخه مرسته وغواړه.
unlock-go = ما پرېږده چې ننوځم
child-secret-title = خپل راز جوړ کړه
child-unlock-title = بېرته ښه راغلې

## Asking for an advocate

advocacy-asked = موږ به له یو ملاتړي وغواړو چې له تا سره اړیکه ونیسي.
advocacy-from = ستا سیمې ته نږدې ملاتړي له { $provider } څخه دي.
advocacy-reference = ستا د غوښتنې شمېره { $reference } ده.
child-advocacy-title = ایا یو ملاتړی غواړې؟

## Messages to the IRO

message-pick-kind = وټاکه چې ستا پیغام د څه په اړه دی.
message-sent = ستا پیغام ستا IRO ته ولېږل شو.
message-sent-on = په { $date } ولېږل شو
message-not-read-yet = لا نه دی لوستل شوی
messages-sent-heading = هغه پیغامونه چې تا لېږلي
tell-my-iro = خپل IRO ته ووایه

## Giving views: the form, checking, adding more, done

check-change-answers = خپل ځوابونه بدل کړه
consult-too-long =
    { $limit ->
        [one] دا ډېر اوږد دی. مهرباني وکړه له { $limit } توري یې لنډ وساته، یا له لېږلو وروسته نور زیات کړه.
       *[other] دا ډېر اوږد دی. مهرباني وکړه له { $limit } توریو یې لنډ وساته، یا له لېږلو وروسته نور زیات کړه.
    }
consult-not-a-choice = مهرباني وکړه له ښودل شویو ځوابونو څخه یو وټاکه.
consult-already-sent = تا دا مخکې لېږلی دی. ته لاندې نور هم زیاتولی شې.
check-saved = ستا ټاکنې خوندي شوې.
check-save-choices = دا ټاکنې خوندي کړه
check-nothing = تا لا دلته څه نه دي لیکلي. دا هم سمه ده.
add-more-label = نور څه زیات کړه
add-more-send = دا زیات کړه
add-more-closed = اوس ناوخته دی چې د دې غونډې نه مخکې نور زیات کړې. ته کولی شې په غونډه کې خپل IRO ته ووایې.
add-more-empty = د زیاتولو لپاره څه ولیکه، یا یې پرېږده.
add-more-saved = موږ دا زیات کړ. ستا IRO به یې وګوري.
added-on = په { $date } زیات شو
done-meeting = ستا غونډه په { $date } ده.
done-add-until = ته تر { $date } پورې نور هم زیاتولی شې.
done-what-you-said = تا څه وویل
form-later-title = د وروسته لپاره خوندي شو
form-later-saved = هر څه چې تا وویل، خوندي شول.
form-later-return = د بېرته راتلو لپاره خپل لینک یا کوډ وکاروه. بیا خپل راز وکاروه.
form-carry-on = دوام ورکړه
form-start = پیل
form-see-what-i-said = هغه څه وګوره چې ما ویلي
form-progress = ستا پرمختګ
form-part = برخه { $n } له { $total } څخه
form-done = بشپړ شو
form-here = ته دلته یې
form-your-answer = ستا ځواب
form-not-safe-help = که ځان خوندي نه احساسوې، دا تڼۍ کېکاږه.
form-talk-to-advocate = له ملاتړي سره خبرې وکړه
form-retrying = لا خوندي شوي نه دي. ستا ځوابونه په دې وسیله کې ساتل شوي. بیا هڅه کوو…
form-signed-out = ستا ځوابونه په دې وسیله کې ساتل شوي. د خوندي کولو لپاره خپل لینک یا کوډ بیا پرانیزه.
form-saving = خوندي کېږي…
form-saved = خوندي شو
form-offline = انټرنېټ نشته. ستا ځوابونه په دې وسیله کې ساتل شوي. کله چې بېرته آنلاین شې، خوندي به شي.
safe-duty-number = د کشیک ټیم: { $name }، { $phone }
safe-not-signed-in = که خوندي نه یې، 999 ته زنګ ووهه. یا له لاندې کسانو څخه له یو چا سره خبرې وکړه.
child-welcome-title = ښه راغلې
child-about-title = دا څه دي؟
child-check-title = خپلې خبرې وګوره
child-done-title = مننه چې موږ ته دې وویل
child-safe-title = تا وویل چې ځان خوندي نه احساسوې
child-form-title = ستا نظرونه
listen = واوره
sharing-private-tag = یوازې ستا د IRO لپاره
sharing-share-tag = پرې خبرې کېدای شي

## Say it or draw it: why a recording or a drawing was not kept

err-media-wrong-voice = موږ دا نشو غږولی. مهرباني وکړه یو غږیز ثبت راواستوه.
err-media-wrong-drawing = موږ دا نشو ښودلی. مهرباني وکړه یو انځور راواستوه.
err-media-empty = دا تش و. مهرباني وکړه بیا هڅه وکړه.
err-media-silent = موږ هیڅ ونه اورېدل. مهرباني وکړه بیا هڅه وکړه.
err-media-too-big = دا ډېر لوی دی. مهرباني وکړه لنډ یا کوچنی راواستوه.
err-media-damaged = دا بشپړ نه دی رسېدلی. مهرباني وکړه بیا هڅه وکړه.
