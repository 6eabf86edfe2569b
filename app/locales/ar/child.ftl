### Every word on the screens a child or young person sees (the way in, the secret, the
### form, help now). Easy read: every sentence 15 words or fewer (a test checks). Welsh speaks
### to the child as "ti" and spells "you can" as "gelli" (a test checks). Parents and carers
### see these screens too; where their words differ, they are in family.ftl.
### العربية (Arabic): simple Modern Standard Arabic, informal singular "you". Where it reads
### naturally, the wording avoids gendered verbs (يمكنك + verbal noun, unvowelled ـك).
### app/locales/README.md explains the syntax.

## Help now: the panel on every child screen, and the help page

help-now-title = مساعدة الآن
help-now-intro = يمكنك التحدث مع شخص الآن. هذا مجاني.
help-danger = هل أنت في خطر الآن؟ اتصل بالرقم 999.
help-meic = Meic: اتصل بالرقم 080880 23456 أو أرسل رسالة نصية إلى 84001. مفتوح من 8 صباحًا حتى منتصف الليل.
help-meic-web = لدى Meic أيضًا دردشة على الإنترنت.
help-childline = Childline: اتصل بالرقم 0800 1111.
help-call999 = اتصل بالرقم 999
help-call-meic = اتصل بـ Meic
help-text-meic = أرسل رسالة نصية إلى Meic
help-call-childline = اتصل بـ Childline

## The way in: a code or link, then the review

landing-type-code = اكتب رمزك
entry-title = البداية
entry-code-label = رمزك
entry-code-hint = يبدو هكذا: ACD7F-GH3KM. لا يهم إن كانت الحروف كبيرة أو صغيرة.
entry-start = ابدأ
entry-not-working = عذرًا، هذا الرمز أو الرابط لم يعمل. ربما هو قديم، أو فيه خطأ في الكتابة. تأكد منه من فضلك، أو اطلب المساعدة.
entry-code-missing = اكتب الرمز الموجود في خطابك.
entry-too-many =
    { $minutes ->
        [one] محاولات كثيرة جدًا. من فضلك انتظر دقيقة واحدة، أو اطلب المساعدة.
        [two] محاولات كثيرة جدًا. من فضلك انتظر دقيقتين، أو اطلب المساعدة.
        [few] محاولات كثيرة جدًا. من فضلك انتظر { $minutes } دقائق، أو اطلب المساعدة.
       *[other] محاولات كثيرة جدًا. من فضلك انتظر { $minutes } دقيقة، أو اطلب المساعدة.
    }
entry-try-code = اكتب رمزًا بدلًا من ذلك
entry-ask-heading = من يستطيع المساعدة
entry-hello = مرحبًا { $name }!
entry-leave = توقف الآن
entry-left = توقفت الآن. استخدم رابطك أو رمزك لتعود.
my-review-title = مراجعتك
my-review-when-child = اجتماع مراجعتك يوم { $when }.
my-review-from = هذه المراجعة يديرها { $council }.
my-review-questions = عندك أسئلة؟ تواصل مع فريق المراجعة:

## Making and using a secret

secret-pick-three = اختر 3 صور بالضبط.
secret-phrase-short = عبارتك السرية تحتاج إلى 8 حروف أو أكثر.
secret-phrase-long = عبارتك السرية طويلة جدًا. استخدم أقل من 200 حرف.
secret-phrase-differ = العبارتان مختلفتان. اكتبها مرة أخرى.
secret-phrase-label = العبارة السرية
secret-phrase-again = اكتبها مرة أخرى
secret-pictures-legend = اختر 3 صور
secret-use-pictures = احفظ صوري
secret-use-phrase = احفظ عبارتي
unlock-wrong = هذا ليس صحيحًا. حاول مرة أخرى.
unlock-locked = سرّك مقفل. اطلب المساعدة ممن يرعاك أو من الـIRO الخاص بك.
unlock-go = دعني أدخل
child-secret-title = اصنع سرّك
child-unlock-title = أهلًا بعودتك

## Asking for an advocate

advocacy-asked = سنطلب من مناصر أن يتواصل معك.
advocacy-from = المناصرون في منطقتك يأتون من { $provider }.
advocacy-reference = رقم طلبك هو { $reference }.
child-advocacy-title = هل تريد مناصرًا؟

## Messages to the IRO

message-pick-kind = اختر موضوع رسالتك.
message-sent = وصلت رسالتك إلى الـIRO الخاص بك.
message-sent-on = أُرسلت يوم { $date }
message-not-read-yet = لم تُقرأ بعد
messages-sent-heading = الرسائل التي أرسلتها
tell-my-iro = إخبار الـIRO الخاص بي

## Giving views: the form, checking, adding more, done

check-change-answers = تغيير إجاباتي
consult-too-long =
    { $limit ->
        [one] هذا طويل جدًا. من فضلك اجعله أقل من حرف واحد، أو أضف المزيد بعد الإرسال.
        [two] هذا طويل جدًا. من فضلك اجعله أقل من حرفين، أو أضف المزيد بعد الإرسال.
        [few] هذا طويل جدًا. من فضلك اجعله أقل من { $limit } أحرف، أو أضف المزيد بعد الإرسال.
        [many] هذا طويل جدًا. من فضلك اجعله أقل من { $limit } حرفًا، أو أضف المزيد بعد الإرسال.
       *[other] هذا طويل جدًا. من فضلك اجعله أقل من { $limit } حرف، أو أضف المزيد بعد الإرسال.
    }
consult-not-a-choice = من فضلك اختر إحدى الإجابات المعروضة.
consult-already-sent = لقد أرسلت هذا من قبل. يمكنك إضافة المزيد في الأسفل.
check-saved = حفظنا اختياراتك.
check-save-choices = احفظ هذه الاختيارات
check-nothing = لم تكتب شيئًا هنا بعد. لا بأس بذلك.
add-more-label = أضف شيئًا آخر
add-more-send = أضف هذا
add-more-closed = فات الوقت لإضافة المزيد قبل هذا الاجتماع. يمكنك إخبار الـIRO الخاص بك في الاجتماع.
add-more-empty = اكتب شيئًا لإضافته، أو اتركه.
add-more-saved = أضفناه. سيراه الـIRO الخاص بك.
added-on = أُضيف يوم { $date }
done-meeting = اجتماعك يوم { $date }.
done-add-until = يمكنك إضافة المزيد حتى يوم { $date }.
done-what-you-said = ما قلته
form-later-title = محفوظ لوقت لاحق
form-later-saved = كل ما قلته محفوظ.
form-later-return = استخدم رابطك أو رمزك لتعود. ثم استخدم سرّك.
form-carry-on = تابع
form-start = ابدأ
form-see-what-i-said = عرض ما قلته
form-progress = تقدّمك
form-part = الجزء { $n } من { $total }
form-done = انتهى
form-here = أنت هنا
form-your-answer = إجابتك
form-not-safe-help = إذا كنت لا تشعر بالأمان، اضغط هذا الزر.
form-talk-to-advocate = تحدّث مع مناصر
form-retrying = لم يُحفظ بعد. إجاباتك محفوظة على هذا الجهاز. نحاول مرة أخرى…
form-signed-out = إجاباتك محفوظة على هذا الجهاز. افتح رابطك أو رمزك مرة أخرى لحفظها.
form-saving = جارٍ الحفظ…
form-saved = تم الحفظ
form-offline = لا يوجد اتصال. إجاباتك محفوظة على هذا الجهاز. ستُحفظ عندما يعود الاتصال بالإنترنت.
safe-duty-number = فريق المناوبة: { $name }، { $phone }
safe-not-signed-in = إذا لم تكن آمنًا، اتصل بالرقم 999 أو تحدّث مع أحد في الأسفل.
child-welcome-title = أهلًا وسهلًا
child-about-title = ما هذا؟
child-check-title = راجع ما قلته
child-done-title = شكرًا لأنك أخبرتنا
child-safe-title = قلت إنك لا تشعر بالأمان
child-form-title = آراؤك
listen = استمع
sharing-private-tag = للـIRO الخاص بك فقط
sharing-share-tag = يمكن الحديث عنه

## Say it or draw it: why a recording or a drawing was not kept

err-media-wrong-voice = لا يمكننا تشغيل هذا. أرسل تسجيلًا صوتيًا من فضلك.
err-media-wrong-drawing = لا يمكننا عرض هذا. أرسل صورة من فضلك.
err-media-empty = كان هذا فارغًا. حاول مرة أخرى من فضلك.
err-media-silent = لم نسمع أي شيء. حاول مرة أخرى من فضلك.
err-media-too-big = هذا كبير جدًا. أرسل واحدًا أقصر أو أصغر من فضلك.
err-media-damaged = لم يصل هذا كاملًا. حاول مرة أخرى من فضلك.
