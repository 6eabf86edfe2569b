### Words on every page and on the public pages (landing, help, accessibility, errors).
### Spoken to anyone: Welsh uses "chi"; Pashto uses polite "تاسو".
### Pashto (پښتو). app/locales/README.md explains the syntax.

## Every page: name, skip link, menus, footer

app-name = Heard
app-tagline = ستا غږ، ستا په بیاکتنه کې
skip-to-content = اصلي منځپانګې ته لاړ شئ
language-switch-label = ژبه
help-now = همدا اوس مرسته
main-navigation = اصلي مېنو
home = لومړی مخ
footer-accessibility = د لاسرسي بیان
footer-help = همدا اوس مرسته
footer-credits = مننې او جوازونه

## The landing page

landing-title = Heard: ستا غږ، ستا په بیاکتنه کې
landing-intro1 = Heard له هغو ماشومانو او ځوانانو سره مرسته کوي چې په پالنه کې دي، څو خپل فکر ووایي.
landing-intro2 = تاسو کولی شئ د خپلې بیاکتنې له غونډې مخکې ځواب ورکړئ.
landing-intro3 = انځورونه، کلمې یا غږ وکاروئ، په خپله ژبه.
landing-intro4 = مور او پلار او پالونکي هم خپل نظر لېږلی شي.
landing-intro5 = هغه کس چې ستاسو غونډه پرمخ وړي، لومړی دا ټول لولي.
landing-have-code = لیک یا لینک مو ترلاسه کړی؟
landing-have-code-text = په خپل پیغام کې لینک پرانیزئ، یا له خپل لیک څخه کوډ ولیکئ.
landing-staff = د ښاروالۍ کارکوونکي
landing-staff-sign-in = د کارکوونکو ننوتل

## Errors any page can show

error-summary-title = یوه ستونزه شته
err-not-found = موږ هغه ونه موند.
err-something-wrong = زموږ په خوا کې یو څه خراب شول. هېڅ شی بدل نه شو. مهرباني وکړئ بیا هڅه وکړئ.
not-found-title = پاڼه ونه موندل شوه
not-found-text = موږ هغه پاڼه ونه موندله. پته وګورئ، یا پیل ته بېرته لاړ شئ.
go-to-start = پیل ته لاړ شئ
calm-busy-title = Heard بوخت دی
calm-busy = Heard د یوې شېبې لپاره بوخت دی. هغه څه چې تاسو لېږلي، ورک شوي نه دي. مهرباني وکړئ څو ثانیې انتظار وکړئ، بیا هڅه وکړئ.
calm-bad-request-title = دا هغسې ونه رسېد لکه څنګه چې تمه وه
calm-bad-request = Heard ونه شو کولی هغه څه ولولي چې لېږل شوي وو. هېڅ شی بدل نه شو. بېرته لاړ شئ او بیا هڅه وکړئ.
calm-broken-title = یو څه خراب شول
calm-broken = زموږ په خوا کې یو څه خراب شول. دا ستاسو له کار څخه نه و. مهرباني وکړئ بیا هڅه وکړئ.
calm-try-again = بېرته لاړ شئ او بیا هڅه وکړئ

## Accessibility statement

a11y-title = د لاسرسي بیان
a11y-p1 = Heard هغه ښاروالۍ پرمخ وړي چې کاروي یې. موږ غواړو چې هر څومره ډېر خلک چې ممکن وي، وکولی شي دا وکاروي.
a11y-p2 = تاسو باید وکولی شئ Heard په 320 پکسله پلنوالي کې وکاروئ، تر 200% پورې یې لوی کړئ، او د کیبورډ یا سکرین لوستونکي سره یې وکاروئ.
a11y-p3 = هره پاڼه مخکې له دې چې سکریپټونه یې بار شي، کار کوي. ماشومان، مور او پلار او پالونکي کولی شي Heard په ویلزي، په انګلیسي او په هغو نورو ژبو وکاروي چې د دوی ښاروالي یې وړاندې کوي. د کارکوونکو پاڼې په ویلزي او انګلیسي دي.
a11y-compliance-heading = د مطابقت حالت
a11y-compliance = زموږ هدف دا دی چې د ویب منځپانګې د لاسرسي لارښوونې (WCAG) 2.2 په AA کچه پوره کړو. د هرې نوې نسخې له خپرېدو مخکې، په دواړو ژبو کې په هره پاڼه د axe-core سره اتومات ازموینې ترسره کېږي.
a11y-report-heading = د ستونزې خبر ورکول
a11y-report = که کوم شی ستاسو لپاره کار نه کوي، خپلې ښاروالۍ ته یا هغه کس ته ووایاست چې تاسو ته یې لینک لېږلی. موږ به په 10 کاري ورځو کې ځواب درکړو.
a11y-enforcement = که زموږ له ځواب څخه خوښ نه یاست، د برابرۍ د مشورې او ملاتړ له خدمت (EASS) سره اړیکه ونیسئ.
a11y-prepared = دا بیان په 23 نومبر 2026 چمتو شو.

## Credits and licences

credits-title = مننې او جوازونه
credits-symbols = سمبولونه:
credits-voices = د لوړ غږ لوستلو ثبت شوي غږونه په دې جوړ شوي:
credits-fonts = په خوندي PDF ډاونلوډونو کې فونټ:
credits-own-symbols = یوه ښاروالي کولی شي د دې پر ځای خپل جواز لرونکي سمبولونه (د بېلګې په توګه Widgit) وکاروي.
credits-intro = Heard د خلاصې سرچینې سافټویر په مرسته جوړ شوی دی.
