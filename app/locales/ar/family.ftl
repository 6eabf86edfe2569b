### The words on the child's screens that differ for a parent or carer: Welsh addresses an adult
### as "chi" (a test checks that none says "ti"). Each one has a twin in child.ftl
### (`for_adults` in app/src/i18n/mod.rs pairs them). Easy read too: 15 words or fewer a sentence.
### العربية (Arabic): Modern Standard Arabic has no separate polite "you"; adults get the
### politer wording (يُرجى، من فضلك، بإمكانك). app/locales/README.md explains the syntax.

## Help for adults (the panel on parents' and carers' screens)

help-adult-danger = إذا كان أي طفل في خطر الآن، فاتصل بالرقم 999.
help-samaritans = هل تحتاج إلى التحدث مع شخص الآن؟ منظمة Samaritans تستمع إليك ليلًا ونهارًا. الخدمة مجانية.
help-call-samaritans = اتصل بـ Samaritans: 116 123
help-call-samaritans-welsh = Samaritans باللغة الويلزية: 0808 164 0123

## The way in and the review

my-review-when-adult = اجتماع المراجعة الخاص بـ { $name } يوم { $when }.
give-your-views = شارك برأيك
see-what-you-sent = عرض ما أرسلته
adult-form-carry-on = متابعة
adult-my-review-title = مراجعتك

## The same screens as a child's, in the words for an adult

adult-check-saved = تم حفظ اختياراتك.
adult-secret-phrase-again = يُرجى كتابتها مرة أخرى
adult-unlock-go = الدخول
adult-form-later-saved = كل ما قلته محفوظ.
adult-form-later-return = استخدم الرابط أو الرمز الخاص بك للعودة. ثم اكتب عبارتك السرية.
adult-advocacy-from = المناصرون في منطقتك يأتون من { $provider }.
adult-advocacy-reference = رقم طلبك هو { $reference }.
adult-done-what-you-said = ما قلته
adult-done-add-until = بإمكانك إضافة المزيد حتى يوم { $date }.
adult-add-more-label = إضافة شيء آخر
adult-check-nothing = لم تكتب شيئًا بعد. لا بأس بذلك.
adult-form-progress = تقدّمك
adult-form-offline = لا يوجد اتصال. إجاباتك محفوظة على هذا الجهاز. ستُحفظ عند عودة الاتصال بالإنترنت.
adult-secret-phrase-short = تحتاج عبارتك السرية إلى 8 حروف أو أكثر.
adult-secret-phrase-long = عبارتك السرية طويلة جدًا. يُرجى استخدام أقل من 200 حرف.
adult-secret-phrase-differ = العبارتان غير متطابقتين. يُرجى كتابتها مرة أخرى.
adult-unlock-wrong = هذا غير صحيح. يُرجى المحاولة مرة أخرى.
adult-unlock-locked = عبارتك السرية مقفلة. يُرجى الاتصال بفريق المراجعة لفتحها.
adult-consult-too-long =
    { $limit ->
        [one] هذا طويل جدًا. يُرجى جعله أقل من حرف واحد، أو إضافة المزيد بعد الإرسال.
        [two] هذا طويل جدًا. يُرجى جعله أقل من حرفين، أو إضافة المزيد بعد الإرسال.
        [few] هذا طويل جدًا. يُرجى جعله أقل من { $limit } أحرف، أو إضافة المزيد بعد الإرسال.
        [many] هذا طويل جدًا. يُرجى جعله أقل من { $limit } حرفًا، أو إضافة المزيد بعد الإرسال.
       *[other] هذا طويل جدًا. يُرجى جعله أقل من { $limit } حرف، أو إضافة المزيد بعد الإرسال.
    }
adult-consult-not-a-choice = يُرجى اختيار إحدى الإجابات المعروضة.
adult-add-more-empty = اكتب شيئًا لإضافته، أو اتركه فارغًا.
adult-add-more-closed = فات الأوان لإضافة المزيد قبل هذا الاجتماع. بإمكانك إخبار الـIRO في الاجتماع.
adult-add-more-saved = أضفناه. سيراه الـIRO.
adult-advocacy-asked = سنطلب من مناصر أن يتواصل معك.
adult-consult-already-sent = لقد أرسلت هذا من قبل. بإمكانك إضافة المزيد في الأسفل.
adult-form-retrying = لم يُحفظ بعد. إجاباتك محفوظة على هذا الجهاز. نحاول مرة أخرى…
adult-form-signed-out = إجاباتك محفوظة على هذا الجهاز. افتح الرابط أو الرمز الخاص بك مرة أخرى لحفظها.
