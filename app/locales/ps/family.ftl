### The words on the child's screens that differ for a parent or carer: Welsh addresses an adult
### as "chi" (a test checks that none says "ti"). Each one has a twin in child.ftl
### (`for_adults` in app/src/i18n/mod.rs pairs them). Easy read too: 15 words or fewer a sentence.
### Pashto (پښتو): speaks to the adult as polite "تاسو". app/locales/README.md explains the syntax.

## Help for adults (the panel on parents' and carers' screens)

help-adult-danger = که یو ماشوم همدا اوس په خطر کې وي، 999 ته زنګ ووهئ.
help-samaritans = همدا اوس له چا سره خبرو ته اړتیا لرئ؟ Samaritans شپه او ورځ ستاسو خبرې اوري. دا وړیا ده.
help-call-samaritans = Samaritans ته زنګ ووهئ: 116 123
help-call-samaritans-welsh = Samaritans په ویلزي ژبه: 0808 164 0123

## The way in and the review

my-review-when-adult = د { $name } د بیاکتنې غونډه په { $when } ده.
give-your-views = خپل نظر ورکړئ
see-what-you-sent = هغه څه وګورئ چې تاسو لېږلي
adult-form-carry-on = دوام ورکړئ
adult-my-review-title = ستاسو بیاکتنه

## The same screens as a child's, in the words for an adult

adult-check-saved = ستاسو ټاکنې خوندي شوې.
adult-secret-phrase-again = بیا یې ولیکئ
adult-unlock-go = ما پرېږدئ چې ننوځم
adult-form-later-saved = هر څه چې تاسو وویل، خوندي شول.
adult-form-later-return = د بېرته راتلو لپاره خپل لینک یا کوډ وکاروئ. بیا خپله پټه جمله ولیکئ.
adult-advocacy-from = ستاسو سیمې ته نږدې ملاتړي له { $provider } څخه دي.
adult-advocacy-reference = ستاسو د غوښتنې شمېره { $reference } ده.
adult-done-what-you-said = تاسو څه وویل
adult-done-add-until = تاسو تر { $date } پورې نور هم زیاتولی شئ.
adult-add-more-label = نور څه زیات کړئ
adult-check-nothing = تاسو لا څه نه دي لیکلي. دا هم سمه ده.
adult-form-progress = ستاسو پرمختګ
adult-form-offline = انټرنېټ نشته. ستاسو ځوابونه په دې وسیله کې ساتل شوي. کله چې بېرته آنلاین شئ، خوندي به شي.
adult-secret-phrase-short = ستاسو پټه جمله باید 8 یا زیات توري ولري.
adult-secret-phrase-long = ستاسو پټه جمله ډېره اوږده ده. له 200 توریو لږ وکاروئ.
adult-secret-phrase-differ = دواړه جملې یو شان نه دي. بیا یې ولیکئ.
adult-unlock-wrong = دا سم نه و. بیا هڅه وکړئ.
adult-unlock-locked = ستاسو پټه جمله قفل شوې ده. مهرباني وکړئ د بیاکتنې ټیم ته زنګ ووهئ چې خلاصه یې کړي.
adult-consult-too-long =
    { $limit ->
        [one] دا ډېر اوږد دی. مهرباني وکړئ له { $limit } توري یې لنډ وساتئ، یا له لېږلو وروسته نور زیات کړئ.
       *[other] دا ډېر اوږد دی. مهرباني وکړئ له { $limit } توریو یې لنډ وساتئ، یا له لېږلو وروسته نور زیات کړئ.
    }
adult-consult-not-a-choice = مهرباني وکړئ له ښودل شویو ځوابونو څخه یو وټاکئ.
adult-add-more-empty = د زیاتولو لپاره څه ولیکئ، یا یې پرېږدئ.
adult-add-more-closed = اوس ناوخته دی چې د دې غونډې نه مخکې نور زیات کړئ. تاسو کولی شئ په غونډه کې IRO ته ووایاست.
adult-add-more-saved = موږ دا زیات کړ. IRO به یې وګوري.
adult-advocacy-asked = موږ به له یو ملاتړي وغواړو چې له تاسو سره اړیکه ونیسي.
adult-consult-already-sent = تاسو دا مخکې لېږلی دی. تاسو لاندې نور هم زیاتولی شئ.
adult-form-retrying = لا خوندي شوي نه دي. ستاسو ځوابونه په دې وسیله کې ساتل شوي. بیا هڅه کوو…
adult-form-signed-out = ستاسو ځوابونه په دې وسیله کې ساتل شوي. د خوندي کولو لپاره خپل لینک یا کوډ بیا پرانیزئ.
