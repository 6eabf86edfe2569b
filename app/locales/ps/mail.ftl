### Email and the printed invitation letter. Emails are plain text and hold a first name and
### a link at most: nothing else personal.
### Pashto (پښتو). app/locales/README.md explains the syntax.

## The printed invitation letter (in the recipient's language)

letter-hello = سلام { $name }!
letter-child-intro = ستا د بیاکتنې غونډه په { $when } ده.
letter-adult-intro = تاسو د { $name } د بیاکتنې غونډې ته رابلل شوي یاست. غونډه په { $when } ده.
letter-views = تاسو کولی شئ له غونډې مخکې موږ ته ووایاست چې څه فکر کوئ.
letter-scan = دا مربع د تلیفون په کمره سکن کړئ.
letter-type-code = یا { $address } ته لاړ شئ او دا کوډ ولیکئ:
letter-code-works-until = دا کوډ تر { $date } پورې کار کوي.
letter-qr-label = QR کوډ چې ستاسو بلنه پرانیزي
letter-help = مرستې ته اړتیا لرئ؟ له خپل پالونکي وپوښتئ، یا له موږ سره اړیکه ونیسئ: { $contact }.
letter-help-no-contact = مرستې ته اړتیا لرئ؟ له خپل پالونکي یا خپل ټولنیز کارکوونکي وپوښتئ.
letter-other-language = دا لیک په پښتو ژبه هم شته: کوډ ولیکئ، بیا پښتو وټاکئ.

## Email to children, parents and carers (plain text: a first name and a link, nothing else personal)

mail-hello = سلام { $name }،
mail-invite-subject = Heard: تاسو رابلل شوي یاست چې خپل نظر شریک کړئ
mail-invite-body = تاسو رابلل شوي یاست چې د بیاکتنې له غونډې مخکې خپل نظر شریک کړئ.
mail-changed-subject = Heard: د بیاکتنې غونډه بدله شوې
mail-changed-body = د بیاکتنې د غونډې نېټه، وخت یا ترتیبات بدل شوي دي.
mail-cancelled-subject = Heard: د بیاکتنې غونډه لغوه شوه
mail-cancelled-body = د بیاکتنې هغه غونډه چې تاسو ورته رابلل شوي وئ، لغوه شوه. ستاسو ښاروالي به له تاسو سره اړیکه ونیسي.
mail-reminder-subject = Heard: یادونه چې خپل نظر شریک کړئ
mail-reminder-body = لا هم وخت شته چې د بیاکتنې له غونډې مخکې خپل نظر شریک کړئ.
mail-letter-subject = Heard: ستاسو له IRO څخه یو لیک
mail-letter-body = ستاسو IRO تاسو ته ستاسو د بیاکتنې د غونډې په اړه لیکلي دي. د لوستلو لپاره خپل لینک پرانیزئ. تاسو به خپل راز ته اړتیا ولرئ.
mail-open-link = خپل لینک پرانیزئ:
mail-link-private = دا لینک یوازې ستاسو لپاره دی. مهرباني وکړئ له بل چا سره یې مه شریکوئ.
mail-ignore = که تاسو د دې پیغام تمه نه درلوده، کولی شئ هغه له پامه وغورځوئ.
mail-other-language = دا خدمت په پښتو ژبه هم شته.

## Email to staff (no personal details)

mail-alert-subject = Heard: د هغه ماشوم په اړه بېړنۍ خبرتیا چې تاسو یې بیاکتنه کوئ
mail-alert-body = یو ماشوم ویلي چې ځان خوندي نه احساسوي. همدا اوس Heard پرانیزئ، څو وګورئ چې څوک دی او اقدام وکړئ:
mail-duty-alert-body = یو ماشوم ویلي چې ځان خوندي نه احساسوي. د هغه IRO ته خبر ورکړل شوی دی. مهرباني وکړئ همدا اوس د بیاکتنې له ټیم سره اړیکه ونیسئ:
mail-advocacy-subject = Heard: د ملاتړي لپاره غوښتنه
mail-parent-advocacy-body = د پالنې لاندې د یو ماشوم مور یا پلار د ځان لپاره د ملاتړي غوښتنه کړې ده. مهرباني وکړئ د بیاکتنې له ټیم سره اړیکه ونیسئ او د حوالې شمېره { $reference } ووایاست:
mail-advocacy-body = یو ماشوم یا ځوان د ملاتړي غوښتنه کړې ده. مهرباني وکړئ د بیاکتنې له ټیم سره اړیکه ونیسئ او د حوالې شمېره { $reference } ووایاست:
mail-message-subject = Heard: د هغه ماشوم پیغام چې تاسو یې بیاکتنه کوئ
mail-message-body = یو ماشوم تاسو ته پیغام لېږلی دی. د لوستلو لپاره Heard پرانیزئ:
mail-staff-footer = په دې پیغام کې هېڅ شخصي معلومات نشته. د لیدلو لپاره Heard ته ننوځئ.
